#pragma once

#include "PageCatalog.h"
#include "Report.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QTreeWidget;

namespace oneteam {

class RecordService;
class Vault;

// Reports to hand on (models/Report.h): choose the report, the format and the language,
// see what it will hold, preview and print it, or export it, with a progress bar that
// can cancel a long export. The same reports as `oneteam-cli report`.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(const PageSpec& spec, QWidget* parent = nullptr);

    void setContext(Vault* vault, RecordService* service);
    // Chooses what the controls offer (tests drive these).
    void choose(const QString& kind, ReportWriter::Format format, const QString& language);
    // Builds and writes the chosen report to `path` (a folder for CSV); false when it
    // failed or was cancelled.
    bool exportTo(const QString& path);
    // Renders the chosen report for printing (the preview's paint request).
    void paintOn(QPrinter* printer);

    QTreeWidget* contents() const { return m_contents; }
    // Rebuilds the contents list of the chosen report.
    void refreshContents();
    // Format and language as the preferences set them (language "interface": the UI's).
    void applyDefaults();

signals:
    void message(const QString& text);
    void failed(const QString& text);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    Result<Report> build(const ReportProgress& progress = {}, bool sign = true);
    void preview();
    void chooseAndExport();

    const PageSpec& m_spec;
    Vault* m_vault = nullptr;
    RecordService* m_service = nullptr;
    QLabel* m_title;
    QLabel* m_description;
    QLabel* m_kindLabel;
    QLabel* m_formatLabel;
    QLabel* m_languageLabel;
    QComboBox* m_kind;
    QComboBox* m_format;
    QComboBox* m_language;
    QPushButton* m_preview;
    QPushButton* m_export;
    QLabel* m_contentsLabel;
    QTreeWidget* m_contents;
};

} // namespace oneteam
