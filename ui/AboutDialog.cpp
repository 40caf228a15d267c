#include "AboutDialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include <openssl/opensslv.h>
#include <sqlite3.h>

namespace oneteam {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About OneTeam"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/oneteam.svg")).pixmap(64, 64));

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(QStringLiteral("<h2>OneTeam</h2><p>") + versionText() + QStringLiteral("</p><p>") +
                  tr("Resolutions, actions, CAIOs, task forces, budget and indicators of the National AI "
                     "Strategy Committee, in an encrypted vault shared between offices as signed bundles.") +
                  QStringLiteral("</p><p><small>") +
                  tr("Built with Qt %1, SQLite %2 and %3.")
                      .arg(QLatin1String(qVersion()), QLatin1String(sqlite3_libversion()),
                           QLatin1String(OPENSSL_VERSION_TEXT)) +
                  QStringLiteral("</small></p>"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(ONETEAM_VERSION));
}

} // namespace oneteam
