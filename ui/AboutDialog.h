#pragma once

#include <QDialog>

namespace oneteam {

// Names the application, its version and the libraries it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
    static QString versionText();
};

} // namespace oneteam
