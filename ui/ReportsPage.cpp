#include "ReportsPage.h"

#include "IdleLock.h"

#include "Settings.h"

#include "PageHeading.h"
#include "RecordService.h"
#include "Vault.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace oneteam {

ReportsPage::ReportsPage(const PageSpec& spec, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
{
    setObjectName(QLatin1String(spec.id) + QStringLiteral("Page"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    const PageHeading heading = PageHeading::make(this);
    m_title = heading.title;
    m_description = heading.description;
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addSpacing(8);

    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("reportFormat"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_kindLabel = new QLabel(this);
    m_formatLabel = new QLabel(this);
    m_languageLabel = new QLabel(this);
    m_kindLabel->setBuddy(m_kind);
    m_formatLabel->setBuddy(m_format);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_formatLabel, m_format);
    form->addRow(m_languageLabel, m_language);
    auto* top = new QHBoxLayout;
    top->addLayout(form);
    top->addStretch(1);
    auto* buttons = new QVBoxLayout;
    m_preview = new QPushButton(this);
    m_preview->setObjectName(QStringLiteral("previewReport"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportReport"));
    m_export->setDefault(true);
    buttons->addWidget(m_export);
    buttons->addWidget(m_preview);
    buttons->addStretch(1);
    top->addLayout(buttons);
    layout->addLayout(top);

    m_contentsLabel = new QLabel(this);
    QFont bold = font();
    bold.setBold(true);
    m_contentsLabel->setFont(bold);
    layout->addWidget(m_contentsLabel);
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("reportContents"));
    m_contents->setColumnCount(2);
    m_contents->header()->setStretchLastSection(false);
    m_contents->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_contents->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_contents, 1);

    m_format->addItem(QStringLiteral("PDF"), int(ReportWriter::Format::Pdf));
    m_format->addItem(QStringLiteral("XLSX"), int(ReportWriter::Format::Xlsx));
    m_format->addItem(QStringLiteral("CSV"), int(ReportWriter::Format::Csv));
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    applyDefaults();

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshContents);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ReportsPage::refreshContents);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPage::preview);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::chooseAndExport);
    retranslate();
    setContext(nullptr, nullptr);
}

void ReportsPage::setContext(Vault* vault, RecordService* service)
{
    m_vault = vault;
    m_service = service;
    const bool open = m_vault && m_service && !m_vault->isLocked();
    m_preview->setEnabled(open);
    m_export->setEnabled(open);
    if (isVisible()) {
        refreshContents();
    } else {
        m_contents->clear();
    }
}

void ReportsPage::choose(const QString& kind, ReportWriter::Format format, const QString& language)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    refreshContents();
}

Result<Report> ReportsPage::build(const ReportProgress& progress, bool sign)
{
    if (!m_vault || !m_service || m_vault->isLocked()) {
        return StorageError::make(StorageErrorCode::Locked, tr("The vault is locked; unlock it first."));
    }
    return ReportBuilder::build(*m_vault, m_service->store(), m_kind->currentData().toString(),
                                m_language->currentData().toString(), progress, sign);
}

void ReportsPage::refreshContents()
{
    m_contents->clear();
    if (!m_vault || !m_service || m_vault->isLocked()) {
        return;
    }
    // What the report will hold: its sections and tables with their row counts.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = build({}, false);
    QApplication::restoreOverrideCursor();
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    const QLocale locale;
    for (const ReportSection& section : report->sections) {
        auto* item = new QTreeWidgetItem(m_contents, {section.title});
        for (const ReportChart& chart : section.charts) {
            new QTreeWidgetItem(item, {tr("Chart: %1").arg(chart.title)});
        }
        for (const ReportTable& table : section.tables) {
            new QTreeWidgetItem(item, {table.title, tr("%n rows", nullptr, int(table.rows.size()))});
        }
        item->setExpanded(true);
    }
}

void ReportsPage::paintOn(QPrinter* printer)
{
    auto report = build();
    if (!report) {
        emit failed(report.error().message);
        return;
    }
    QPainter painter(printer);
    ReportWriter::paint(*report, *printer, painter);
}

void ReportsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(16, 16, 16, 14), QPageLayout::Millimeter);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreview"));
    dialog.setWindowTitle(tr("Print preview: %1").arg(m_kind->currentText()));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &ReportsPage::paintOn);
    dialog.resize(900, 1000);
    dialog.exec();
}

void ReportsPage::chooseAndExport()
{
    const auto format = ReportWriter::Format(m_format->currentData().toInt());
    const QString base =
        QStringLiteral("oneteam-%1-%2")
            .arg(m_kind->currentData().toString(), QDate::currentDate().toString(Qt::ISODate));
    QString path;
    if (format == ReportWriter::Format::Csv) {
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files (one per table)"),
                                                 Settings::reportFolder());
        if (!path.isEmpty()) {
            path += QLatin1Char('/') + base;
        }
    } else {
        const QString suffix =
            format == ReportWriter::Format::Pdf ? QStringLiteral("pdf") : QStringLiteral("xlsx");
        path = QFileDialog::getSaveFileName(
            this, tr("Export the report"),
            Settings::reportFolder() + QLatin1Char('/') + base + QLatin1Char('.') + suffix,
            suffix == QLatin1String("pdf") ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    }
    if (!path.isEmpty()) {
        exportTo(path);
    }
}

bool ReportsPage::exportTo(const QString& path)
{
    const BusyScope busy; // the idle lock waits for the export (or its cancellation)
    const auto format = ReportWriter::Format(m_format->currentData().toInt());
    QProgressDialog progress(tr("Exporting %1…").arg(m_kind->currentText()), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("reportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const ReportProgress step = [&progress](double done) {
        if (!progress.wasCanceled()) {
            progress.setValue(int(done * 1000));
            QCoreApplication::processEvents();
        }
        return !progress.wasCanceled();
    };
    auto report = build(step);
    if (!report) {
        progress.cancel();
        if (report.error().code == StorageErrorCode::Cancelled) {
            emit message(report.error().message);
        } else {
            emit failed(report.error().message);
        }
        return false;
    }
    auto written = ReportWriter::write(*report, format, path, step);
    if (!progress.wasCanceled()) {
        progress.setValue(1000);
    }
    if (!written) {
        if (written.error().code == StorageErrorCode::Cancelled) {
            emit message(written.error().message);
        } else {
            emit failed(written.error().message);
        }
        return false;
    }
    if (Status logged = ReportBuilder::noteExported(*m_vault, *report, ReportWriter::formatName(format),
                                                    QFileInfo(path).fileName(), *written);
        !logged) {
        emit failed(logged.error().message);
    }
    emit message(
        written->size() == 1
            ? tr("Saved %1 to %2.").arg(report->title, QFileInfo(path).fileName())
            : tr("Saved %1 as %2 CSV files in %3.").arg(report->title).arg(written->size()).arg(path));
    return true;
}

void ReportsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (Settings::reportLanguage() == QLatin1String("interface")) {
            applyDefaults(); // the report follows the interface into the new language
        }
    }
    QWidget::changeEvent(event);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_contents->topLevelItemCount() == 0) {
        refreshContents();
    }
}

void ReportsPage::retranslate()
{
    m_contents->setAccessibleName(tr("Contents of the report"));
    m_title->setText(PageCatalog::title(m_spec));
    m_description->setText(PageCatalog::description(m_spec));
    m_kindLabel->setText(tr("&Report:"));
    m_formatLabel->setText(tr("&Format:"));
    m_languageLabel->setText(tr("&Language:"));
    m_preview->setText(tr("Print &preview…"));
    m_export->setText(tr("&Export…"));
    m_contentsLabel->setText(tr("What the report holds"));
    m_contents->setHeaderLabels({tr("Section and table"), tr("Rows")});
    const QString kind = m_kind->currentData().toString();
    m_kind->blockSignals(true);
    m_kind->clear();
    const ReportLanguage language(QLocale().language() == QLocale::Korean ? QStringLiteral("ko")
                                                                          : QStringLiteral("en"));
    for (const QString& name : ReportBuilder::kinds()) {
        m_kind->addItem(ReportBuilder::kindTitle(name, language), name);
    }
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
    m_kind->blockSignals(false);
}

} // namespace oneteam

namespace oneteam {

void ReportsPage::applyDefaults()
{
    const QString format = Settings::reportFormat();
    const auto chosen = format == QLatin1String("csv")    ? ReportWriter::Format::Csv
                        : format == QLatin1String("xlsx") ? ReportWriter::Format::Xlsx
                                                          : ReportWriter::Format::Pdf;
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(chosen))));
    QString language = Settings::reportLanguage();
    if (language == QLatin1String("interface")) {
        language = QLocale().language() == QLocale::Korean ? QStringLiteral("ko") : QStringLiteral("en");
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

} // namespace oneteam
