#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace opieka {

// Builds the HTML of a printed document (for QTextDocument: print preview and PDF): the centre's
// name, a title, a table of facts, content tables and signature lines. Every text is escaped.
class PrintLayout
{
public:
    PrintLayout(const QString& centre, const QString& title);

    void facts(const QList<QPair<QString, QString>>& pairs);
    void heading(const QString& text);
    void paragraph(const QString& text);
    void table(const QStringList& header, const QList<QStringList>& rows);
    void signatures(const QStringList& roles);
    QString html() const;

private:
    QString m_body;
};

} // namespace opieka
