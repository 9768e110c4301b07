#pragma once

#include "CaseDocument.h"
#include "RowTableModel.h"

namespace opieka::ui {

// The documents kept with one case, as DocumentService::documents() lists them (metadata only:
// the content is read when a document is opened, never to list).
class DocumentsModel : public RowTableModel<CaseDocument>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DateColumn,
        DescriptionColumn,
        FileColumn,
        SizeColumn,
        AddedByColumn,
        AddedAtColumn,
        ColumnCount
    };
    enum DataRole
    {
        DocumentIdRole = Qt::UserRole + 1,
        KindRole, // the stable kind name (court_order...)
    };

    explicit DocumentsModel(QObject* parent = nullptr);

    void setDocuments(const QList<CaseDocument>& documents) { setRows(documents); }
    int rowOf(qint64 documentId) const;

    // A file's size as people read it: "820 KB", "12.4 MB" (in the language's number format).
    static QString sizeText(qint64 bytes);

private:
    QVariant roleData(const CaseDocument& document, int column, int role) const override;
};

} // namespace opieka::ui
