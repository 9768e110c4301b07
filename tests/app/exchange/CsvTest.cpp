#include "Csv.h"

#include <gtest/gtest.h>

using namespace opieka;

TEST(Csv, ReadsQuotedFieldsWithCommasQuotesAndLineBreaks)
{
    const QByteArray text =
        "id,name\r\n1,\"Nowak, Jan\"\r\n2,\"Dom \"\"Słoneczny\"\"\"\n3,\"two\nlines\"\n4,last";
    auto records = Csv::parse(text, QStringLiteral("f.csv"));
    ASSERT_TRUE(records.ok()) << records.error().message.toStdString();
    ASSERT_EQ(records->size(), 5);
    EXPECT_EQ(records->at(1).fields,
              (QStringList{QStringLiteral("1"), QStringLiteral("Nowak, Jan")}));
    EXPECT_EQ(records->at(2).fields.at(1), QStringLiteral("Dom \"Słoneczny\""));
    EXPECT_EQ(records->at(3).fields.at(1), QStringLiteral("two\nlines"));
    EXPECT_EQ(records->at(3).line, 4);
    EXPECT_EQ(records->at(4).line, 6) << "a record after a two-line field starts on the right line";
}

TEST(Csv, SkipsByteOrderMarkAndBlankLines)
{
    auto records = Csv::parse("\xEF\xBB\xBFid\n\n1\n\n", QStringLiteral("f.csv"));
    ASSERT_TRUE(records.ok());
    ASSERT_EQ(records->size(), 2);
    EXPECT_EQ(records->at(0).fields.first(), QStringLiteral("id"));
    EXPECT_EQ(records->at(1).line, 3);
}

TEST(Csv, NamesTheFileAndLineOfBrokenQuoting)
{
    auto unclosed = Csv::parse("id,name\n1,ok\n2,\"never closed\n", QStringLiteral("data.csv"));
    ASSERT_FALSE(unclosed.ok());
    EXPECT_TRUE(unclosed.error().message.startsWith(QStringLiteral("data.csv:3:")))
        << unclosed.error().message.toStdString();

    auto stray = Csv::parse("id,name\n1,No\"wak\n", QStringLiteral("data.csv"));
    ASSERT_FALSE(stray.ok());
    EXPECT_TRUE(stray.error().message.startsWith(QStringLiteral("data.csv:2:")));
}

// A "%2" in a file name is text, not a placeholder for the line number.
TEST(Csv, FileNamesWithPercentSignsAreQuotedAsGiven)
{
    auto unclosed = Csv::parse("id\n\"open\n", QStringLiteral("wzrost 10%2.csv"));
    ASSERT_FALSE(unclosed.ok());
    EXPECT_TRUE(unclosed.error().message.startsWith(QStringLiteral("wzrost 10%2.csv:2: ")))
        << unclosed.error().message.toStdString();
}

TEST(Csv, RefusesTextThatIsNotUtf8)
{
    auto latin2 = Csv::parse("id,name\n1,\xB3\xF3\x64\xBC\n",
                             QStringLiteral("cp.csv")); // "łódź" in ISO-8859-2
    ASSERT_FALSE(latin2.ok());
    EXPECT_TRUE(latin2.error().message.startsWith(QStringLiteral("cp.csv:2:")))
        << latin2.error().message.toStdString();
}

TEST(Csv, WritesWhatItReads)
{
    const QStringList fields{QStringLiteral("1"), QStringLiteral("Nowak, Jan"),
                             QStringLiteral("a \"b\""), QStringLiteral("x\ny"), QString()};
    const QByteArray line = Csv::line(fields);
    EXPECT_EQ(line, QByteArray("1,\"Nowak, Jan\",\"a \"\"b\"\"\",\"x\ny\",\n"));
    auto back = Csv::parse(line, QStringLiteral("x"));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->first().fields, fields);
}

TEST(Csv, CellsASpreadsheetWouldRunAsFormulasAreDefused)
{
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+48 123"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(A1)"),
                              QStringLiteral("\tTab"),
                              QStringLiteral("Kowalska=Nowak"),
                              QStringLiteral("'quoted"),
                              QStringLiteral("'=typed with a quote")};
    const QByteArray written = Csv::line(hostile);
    EXPECT_EQ(written,
              QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",'+48 123,'-2+3,"
                         "'@SUM(A1),'\tTab,Kowalska=Nowak,'quoted,''=typed with a quote\n"));
    // Every cell as a spreadsheet sees it starts with a quote or a harmless character.
    auto parsed = Csv::parse("h1,h2,h3,h4,h5,h6,h7,h8\n" + written, QStringLiteral("x.csv"));
    ASSERT_TRUE(parsed.ok());
    ASSERT_EQ(parsed->size(), 2);
    EXPECT_EQ(parsed->at(1).fields, hostile) << "reading takes the guard off again";
}
