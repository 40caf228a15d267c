// Reports (models/Report.h) on the sample dataset: the PDF's text holds the figures in
// Korean and in English and every page renders; a long table repeats its header; the CSV
// parses back to the same rows; the XLSX holds numbers for amounts, dates as dates and a
// frozen header; a cancelled export leaves nothing behind; each export is logged.
#include "AuditLog.h"
#include "RecordService.h"
#include "Report.h"
#include "SampleDataset.h"
#include "Sites.h"
#include "VaultTestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace oneteam;
using namespace oneteam::test;

namespace {

QByteArray run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(120000) || process.exitCode() != 0) {
        qWarning() << program << args << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

// RFC 4180, as a spreadsheet reads it.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void summaryPdfHoldsTheFiguresInBothLanguages();
    void longTablesRepeatTheirHeader();
    void csvParsesBackToTheSameRows();
    void csvToANamedFile();
    void xlsxHoldsTypedCells();
    void cancelledExportLeavesNothing();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<RecordStore> m_store;
};

void TestReports::initTestCase()
{
    // ctest gives each test its own XDG folders; run by hand, Qt's test mode keeps them apart.
    QStandardPaths::setTestModeEnabled(qEnvironmentVariableIsEmpty("XDG_CONFIG_HOME"));
    auto vault = Vault::create(m_dir.filePath(QStringLiteral("reports.otvault")), secret("pass"),
                               secretariat(), cheapOptions());
    QVERIFY(vault);
    m_vault = std::move(*vault);
    m_store = std::make_unique<RecordStore>(*m_vault);
    RecordService service(*m_store, QStringLiteral("secretariat"));
    QString error;
    QVERIFY2(SampleDataset::load(service, &error) > 0, qPrintable(error));
    // A title with every character CSV must quote.
    QVERIFY(m_store->put(QStringLiteral("milestone"), {},
                         {{QStringLiteral("title"), QStringLiteral("Review \"AI basic law\", part 1\nand 2")},
                          {QStringLiteral("due"), QStringLiteral("2026-06-30")},
                          {QStringLiteral("status"), QStringLiteral("planned")}}));
}

void TestReports::summaryPdfHoldsTheFiguresInBothLanguages()
{
    const QHash<QString, QStringList> expected{
        {QStringLiteral("ko"),
         {QStringLiteral("위원회 종합 보고서"), QStringLiteral("10조 1000억 원"),
          QStringLiteral("9조 9000억 원"), QStringLiteral("2조 6000억 원"), QStringLiteral("25.7%"),
          QStringLiteral("200,000"), QStringLiteral("180,000"), QStringLiteral("감사 체인 헤드"),
          QStringLiteral("GPU 확보량")}},
        {QStringLiteral("en"),
         {QStringLiteral("Committee summary"), QStringLiteral("KRW 10.1 trillion"),
          QStringLiteral("KRW 9.9 trillion"), QStringLiteral("KRW 2.6 trillion"), QStringLiteral("25.7%"),
          QStringLiteral("target 200,000 by 2030"), QStringLiteral("180,000 to go"),
          QStringLiteral("Audit chain head"), QStringLiteral("GPUs secured: 20,000 GPUs now")}},
    };
    // Each language names the indicator its own way, and only that way.
    const QHash<QString, QString> absent{{QStringLiteral("ko"), QStringLiteral("GPUs secured")},
                                         {QStringLiteral("en"), QStringLiteral("확보량")}};
    for (const QString& language : {QStringLiteral("ko"), QStringLiteral("en")}) {
        auto report = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("summary"), language);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        // The report names the signed chain head it was made from.
        auto head = AuditLog(*m_vault).signedLocalHead();
        QVERIFY(head);
        QCOMPARE(report->auditHead, QString::fromLatin1(head->second.toHex()));
        const QString path = m_dir.filePath(QStringLiteral("summary-%1.pdf").arg(language));
        QVERIFY(ReportWriter::writePdf(*report, path));
        const QString text = QString::fromUtf8(
            run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
        for (const QString& figure : expected.value(language)) {
            QVERIFY2(text.contains(figure),
                     qPrintable(language + QStringLiteral(": no '") + figure + QLatin1Char('\'')));
        }
        QVERIFY(text.contains(report->auditHead.left(32)));
        // The head as the title page words it reads back, with or without its label.
        QString headFact;
        for (const auto& [label, value] : report->facts) {
            if (value.contains(report->auditHead.left(32))) {
                headFact = label + QLatin1Char(' ') + value;
            }
        }
        // "Audit chain head entry 51, …" / "감사 체인 헤드 51번 항목, …": the label is three words.
        QVERIFY(!headFact.isEmpty());
        for (const QString& form : {headFact, headFact.section(QLatin1Char(' '), 3, -1)}) {
            const auto parsed = ReportHead::parse(form);
            QVERIFY2(parsed, qPrintable(form));
            QCOMPARE(parsed->seq, report->auditSeq);
            QCOMPARE(parsed->hex, report->auditHead.left(32).toLatin1());
        }
        // ... and the command that checks it, ready to copy.
        // With the site's short id, which the title page also shows after the site's name and
        // which names this site among the logs of the vault.
        QCOMPARE(report->auditSite.size(), 8);
        const QString check = QStringLiteral("audit verify --head %1:%2 --site %3")
                                  .arg(report->auditSeq)
                                  .arg(report->auditHead.left(32), report->auditSite);
        QVERIFY2(text.simplified().contains(check), qPrintable(language + QStringLiteral(": ") + check));
        QVERIFY2(text.contains(QStringLiteral("(%1)").arg(report->auditSite)), qPrintable(language));
        auto chains = AuditLog(*m_vault).verify();
        QVERIFY(chains);
        auto named = findReportSite(*chains, report->auditSite);
        QVERIFY(named);
        QCOMPARE(*named, Sites(*m_vault).local()->id);
        QVERIFY2(!text.contains(absent.value(language)), qPrintable(language));
        // Every page renders.
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
        const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
        QVERIFY(at >= 0);
        const int pages = info.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
        QVERIFY(pages >= 3);
        QVERIFY2(text.contains(language == QLatin1String("ko") ? QStringLiteral("%1쪽 중 1쪽").arg(pages)
                                                               : QStringLiteral("Page 1 of %1").arg(pages)),
                 "page numbers");
        QTemporaryDir images;
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"),
                                         path, images.filePath(QStringLiteral("page"))});
        const QFileInfoList rendered = QDir(images.path()).entryInfoList({QStringLiteral("*.png")});
        QCOMPARE(rendered.size(), pages);
        for (const QFileInfo& page : rendered) {
            QVERIFY(page.size() > 1000);
        }
        // Hangul is embedded, not left to the reader's fonts.
        const QString fonts = QString::fromUtf8(run(QStringLiteral("pdffonts"), {path}));
        if (language == QLatin1String("ko")) {
            QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
        }
        for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2)) {
            if (!line.trimmed().isEmpty()) {
                QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(line));
            }
        }
    }
}

void TestReports::longTablesRepeatTheirHeader()
{
    for (int i = 0; i < 150; ++i) {
        QVERIFY(m_store->put(QStringLiteral("milestone"), {},
                             {{QStringLiteral("title"), QStringLiteral("Milestone %1").arg(i)},
                              {QStringLiteral("due"), QStringLiteral("2027-01-01")},
                              {QStringLiteral("status"), QStringLiteral("planned")}}));
    }
    auto report = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("audit"), QStringLiteral("en"));
    QVERIFY(report);
    const QString path = m_dir.filePath(QStringLiteral("audit.pdf"));
    QVERIFY(ReportWriter::writePdf(*report, path));
    int pagesWithHeader = 0;
    for (int page = 2; page <= 6; ++page) {
        const QString text = QString::fromUtf8(
            run(QStringLiteral("pdftotext"),
                {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page),
                 QStringLiteral("-raw"), path, QStringLiteral("-")}));
        // The header, however its columns wrap.
        static const QRegularExpression header(
            QStringLiteral("When\\s+\\(UTC\\)\\s+Site\\s+No\\.\\s+Action\\s+Subject\\s+What\\s+happened"));
        pagesWithHeader += header.match(text).hasMatch() ? 1 : 0;
    }
    QVERIFY2(pagesWithHeader >= 3, qPrintable(QString::number(pagesWithHeader)));
}

void TestReports::csvParsesBackToTheSameRows()
{
    auto report = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("summary"), QStringLiteral("ko"));
    QVERIFY(report);
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    auto files = ReportWriter::writeCsv(*report, folder);
    QVERIFY(files);
    const QList<const ReportTable*> tables = report->tables();
    QCOMPARE(files->size(), tables.size());
    bool sawQuoted = false;
    for (const ReportTable* table : tables) {
        QFile file(QDir(folder).filePath(table->id + QStringLiteral(".csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(bytes);
        QCOMPARE(rows.size(), table->rows.size() + 1);
        QCOMPARE(rows.first().size(), table->columns.size());
        for (qsizetype r = 0; r < table->rows.size(); ++r) {
            for (qsizetype c = 0; c < table->columns.size(); ++c) {
                const QVariant value = table->rows.at(r).value(c);
                QString expected;
                switch (table->columns.at(c).kind) {
                case CellKind::Integer:
                case CellKind::Won:
                    expected = value.isNull() ? QString() : QString::number(value.toLongLong());
                    break;
                case CellKind::Date:
                    expected = value.toDate().toString(Qt::ISODate);
                    break;
                case CellKind::Percent:
                    expected = value.isNull() ? QString() : QString::number(value.toDouble(), 'f', 4);
                    break;
                case CellKind::Text:
                    expected = value.toString();
                    sawQuoted = sawQuoted || expected.contains(QLatin1Char('"'));
                    break;
                }
                QCOMPARE(rows.at(r + 1).at(c), expected);
            }
        }
    }
    QVERIFY(sawQuoted);
    // The proposal in whole won, as a number.
    QFile stages(QDir(folder).filePath(QStringLiteral("budget-by-stage.csv")));
    QVERIFY(stages.open(QIODevice::ReadOnly));
    QVERIFY(parseCsv(stages.readAll()).at(1).contains(QStringLiteral("10100000000000")));
}

// "--out caio.csv" writes a file, not a folder named caio.csv.
void TestReports::csvToANamedFile()
{
    auto caio = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("caio"), QStringLiteral("en"));
    QVERIFY(caio);
    QCOMPARE(caio->tables().size(), 1);
    const QString one = m_dir.filePath(QStringLiteral("named/caio.csv"));
    auto written = ReportWriter::write(*caio, ReportWriter::Format::Csv, one);
    QVERIFY(written);
    QCOMPARE(*written, QStringList{one});
    QVERIFY(QFileInfo(one).isFile());
    QFile file(one);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             ReportWriter::csvOf(*caio->tables().first(), ReportLanguage(QStringLiteral("en"))));

    // Several tables: named after the file, beside it.
    auto summary = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("summary"), QStringLiteral("en"));
    QVERIFY(summary);
    const QString many = m_dir.filePath(QStringLiteral("named/Summary.CSV"));
    written = ReportWriter::write(*summary, ReportWriter::Format::Csv, many);
    QVERIFY(written);
    QCOMPARE(written->size(), summary->tables().size());
    QVERIFY(!QFileInfo::exists(many));
    for (const ReportTable* table : summary->tables()) {
        const QString expected = m_dir.filePath(QStringLiteral("named/Summary-%1.CSV").arg(table->id));
        QVERIFY2(written->contains(expected), qPrintable(expected));
        QVERIFY(QFileInfo(expected).isFile());
    }

    // A folder that exists is a folder, whatever its name.
    const QString folder = m_dir.filePath(QStringLiteral("named/old.csv"));
    QVERIFY(QDir().mkpath(folder));
    written = ReportWriter::write(*caio, ReportWriter::Format::Csv, folder);
    QVERIFY(written);
    QCOMPARE(*written, QStringList{QDir(folder).filePath(QStringLiteral("caio-roster.csv"))});
}

void TestReports::xlsxHoldsTypedCells()
{
    auto report = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("summary"), QStringLiteral("en"));
    QVERIFY(report);
    const QString path = m_dir.filePath(QStringLiteral("summary.xlsx"));
    QVERIFY(ReportWriter::writeXlsx(*report, path));
    const QList<const ReportTable*> tables = report->tables();
    const QString workbook = QString::fromUtf8(
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")}));
    for (const ReportTable* table : tables) {
        QVERIFY2(workbook.contains(QStringLiteral("name=\"%1\"").arg(table->id)), qPrintable(table->id));
    }
    const auto sheet = [&](const QString& id) {
        qsizetype index = 0;
        for (; index < tables.size() && tables.at(index)->id != id; ++index) {
        }
        return QString::fromUtf8(
            run(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 2)}));
    };
    // The first sheet says what the PDF's title page says: where the workbook came from,
    // and the commands that check it, with the site named.
    const qsizetype cover = workbook.indexOf(QStringLiteral("<sheet name=\"report\""));
    QVERIFY2(cover >= 0 &&
                 cover < workbook.indexOf(QStringLiteral("<sheet name=\"%1\"").arg(tables.first()->id)),
             qPrintable(workbook));
    const QString coverSheet = QString::fromUtf8(run(
        QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")}));
    QVERIFY(!report->auditSite.isEmpty());
    const QString headCommand = QStringLiteral("oneteam-cli audit verify --head %1:%2 --site %3")
                                    .arg(report->auditSeq)
                                    .arg(report->auditHead.left(32), report->auditSite);
    QVERIFY2(coverSheet.contains(headCommand), qPrintable(coverSheet));
    QVERIFY(coverSheet.contains(QStringLiteral("oneteam-cli audit verify --report FILE")));
    // Cell text as the sheet's XML holds it (libxlsxwriter escapes &, < and > only).
    const auto xml = [](QString text) {
        return text.replace(QLatin1Char('&'), QStringLiteral("&amp;"))
            .replace(QLatin1Char('<'), QStringLiteral("&lt;"))
            .replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    };
    QVERIFY(coverSheet.contains(xml(report->title)));
    for (const auto& [name, fact] : report->facts) {
        QVERIFY2(coverSheet.contains(xml(name)) && coverSheet.contains(xml(fact)),
                 qPrintable(name + QStringLiteral(": ") + fact));
    }
    const QString stages = sheet(QStringLiteral("budget-by-stage"));
    // The proposal is a number cell (no t="s" / inline string), with the won format's style.
    const QRegularExpression proposal(QStringLiteral("<c r=\"B2\" s=\"(\\d+)\"><v>10100000000000</v></c>"));
    QVERIFY2(proposal.match(stages).hasMatch(), qPrintable(stages.left(2000)));
    QVERIFY(stages.contains(QStringLiteral("ySplit=\"1\"")));
    const QString styles = QString::fromUtf8(
        run(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml")}));
    QVERIFY(styles.contains(QStringLiteral("&quot;KRW &quot;#,##0")));
    // Dates are serial numbers with a date format.
    const QString milestones = sheet(QStringLiteral("milestones"));
    QVERIFY(milestones.contains(QStringLiteral("<v>46203</v>"))); // 2026-06-30
    QVERIFY(styles.contains(QStringLiteral("yyyy-mm-dd")));
}

void TestReports::cancelledExportLeavesNothing()
{
    auto report = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("audit"), QStringLiteral("ko"));
    QVERIFY(report);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    QFile existing(path);
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("an earlier report");
    existing.close();
    int calls = 0;
    const Status written = ReportWriter::writePdf(*report, path, [&calls](double) { return ++calls < 1; });
    QVERIFY(!written);
    QCOMPARE(written.error().code, StorageErrorCode::Cancelled);
    QVERIFY(calls > 0);
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("an earlier report"));
    existing.close();
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.pdf.*")}, QDir::Files | QDir::Hidden),
             QStringList());
    // Cancelled while building: no report at all.
    auto stopped = ReportBuilder::build(*m_vault, *m_store, QStringLiteral("summary"), QStringLiteral("en"),
                                        [](double) { return false; });
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, StorageErrorCode::Cancelled);
    // A written report is an entry of the audit log.
    const QString csvPath = m_dir.filePath(QStringLiteral("audit.csv"));
    auto files = ReportWriter::write(*report, ReportWriter::Format::Csv, csvPath);
    QVERIFY(files);
    QVERIFY(ReportBuilder::noteExported(*m_vault, *report, QStringLiteral("csv"), QStringLiteral("audit.csv"),
                                        *files));
    AuditFilter filter;
    filter.action = QStringLiteral("report");
    auto entries = AuditLog(*m_vault).entries(filter);
    QVERIFY(entries && entries->size() == 1);
    QVERIFY(entries->first().summary.contains(QStringLiteral("\"kind\":\"audit\"")));
    // ... with the fingerprint of each file written, by which a copy is found again.
    const QJsonArray hashes = QJsonDocument::fromJson(entries->first().summary.toUtf8())
                                  .object()
                                  .value(QStringLiteral("sha256"))
                                  .toArray();
    QCOMPARE(hashes.size(), files->size());
    for (qsizetype i = 0; i < files->size(); ++i) {
        QFile file(files->at(i));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray expected =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        QCOMPARE(hashes.at(i).toString().toLatin1(), expected);
        auto found = AuditLog(*m_vault).findReportFile(expected);
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().seq, entries->first().seq);
    }
    auto none = AuditLog(*m_vault).findReportFile(QByteArray(64, 'a'));
    QVERIFY(none && none->isEmpty());
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
