#include "WelcomePage.h"

#include "KeyboardAccess.h"

#include "Settings.h"

#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace oneteam {

namespace {

QLabel* explanation(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

} // namespace

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/oneteam.svg")).pixmap(72, 72));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro = explanation(this);

    m_create = new QPushButton(this);
    m_create->setObjectName(QStringLiteral("welcomeCreate"));
    m_create->setDefault(true);
    m_createText = explanation(this);
    m_sample = new QPushButton(this);
    m_sample->setObjectName(QStringLiteral("welcomeSample"));
    m_sampleText = explanation(this);
    m_join = new QPushButton(this);
    m_join->setObjectName(QStringLiteral("welcomeJoin"));
    m_joinText = explanation(this);
    m_open = new QPushButton(this);
    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_openText = explanation(this);

    auto* steps = new QGridLayout;
    steps->setHorizontalSpacing(16);
    steps->setVerticalSpacing(12);
    int row = 0;
    for (auto [button, text] : {std::pair{m_create, m_createText}, std::pair{m_sample, m_sampleText},
                                std::pair{m_join, m_joinText}, std::pair{m_open, m_openText}}) {
        button->setMinimumWidth(220);
        steps->addWidget(button, row, 0);
        steps->addWidget(text, row, 1);
        ++row;
    }
    steps->setColumnStretch(1, 1);

    m_recentLabel = new QLabel(this);
    QFont bold = m_recentLabel->font();
    bold.setBold(true);
    m_recentLabel->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setObjectName(QStringLiteral("recentVaults"));
    m_recentLabel->setBuddy(m_recent);
    m_recent->setMaximumHeight(180);
    m_openRecent = new QPushButton(this);
    m_openRecent->setObjectName(QStringLiteral("openRecent"));
    m_forget = new QPushButton(this);
    m_forget->setObjectName(QStringLiteral("forgetRecent"));
    auto* recentButtons = new QHBoxLayout;
    recentButtons->addWidget(m_openRecent);
    recentButtons->addWidget(m_forget);
    recentButtons->addStretch(1);

    auto* column = new QVBoxLayout;
    column->addWidget(icon, 0, Qt::AlignLeft);
    column->addWidget(m_title);
    column->addWidget(m_intro);
    column->addSpacing(12);
    column->addLayout(steps);
    column->addSpacing(16);
    column->addWidget(m_recentLabel);
    column->addWidget(m_recent);
    column->addLayout(recentButtons);
    column->addStretch(1);

    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    outer->setContentsMargins(32, 32, 32, 32);

    connect(m_create, &QPushButton::clicked, this, &WelcomePage::createVault);
    connect(m_sample, &QPushButton::clicked, this, &WelcomePage::openSample);
    connect(m_join, &QPushButton::clicked, this, &WelcomePage::joinNetwork);
    connect(m_open, &QPushButton::clicked, this, &WelcomePage::openVaultFile);
    connect(m_recent, &QListWidget::itemActivated, this, &WelcomePage::openSelected);
    connect(m_openRecent, &QPushButton::clicked, this, &WelcomePage::openSelected);
    connect(m_forget, &QPushButton::clicked, this, &WelcomePage::forgetSelected);
    connect(m_recent, &QListWidget::currentRowChanged, this, [this](int current) {
        m_openRecent->setEnabled(current >= 0 && m_recent->item(current)->data(Qt::UserRole + 1).toBool());
        m_forget->setEnabled(current >= 0);
    });

    setTabOrder(m_create, m_sample);
    setTabOrder(m_sample, m_join);
    setTabOrder(m_join, m_open);
    setTabOrder(m_open, m_recent);
    setTabOrder(m_recent, m_openRecent);
    setTabOrder(m_openRecent, m_forget);
    retranslate();
    makeKeyboardFriendly(this);
}

void WelcomePage::refresh()
{
    m_recent->clear();
    for (const QString& path : Settings::recentVaults()) {
        const QFileInfo info(path);
        const bool exists = info.exists();
        auto* item = new QListWidgetItem(m_recent);
        item->setText(exists ? tr("%1 — %2").arg(info.fileName(), info.absolutePath())
                             : tr("%1 — %2 (missing)").arg(info.fileName(), info.absolutePath()));
        item->setData(Qt::UserRole, path);
        item->setData(Qt::UserRole + 1, exists);
        item->setToolTip(path);
        if (!exists) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    const bool any = m_recent->count() > 0;
    m_recentLabel->setVisible(any);
    m_recent->setVisible(any);
    m_openRecent->setVisible(any);
    m_forget->setVisible(any);
    m_recent->setCurrentRow(any ? 0 : -1);
    m_openRecent->setEnabled(any && m_recent->item(0)->data(Qt::UserRole + 1).toBool());
    m_forget->setEnabled(any);
}

void WelcomePage::openSelected()
{
    const QListWidgetItem* item = m_recent->currentItem();
    if (item && item->data(Qt::UserRole + 1).toBool()) {
        emit openRecent(item->data(Qt::UserRole).toString());
    }
}

void WelcomePage::forgetSelected()
{
    if (const QListWidgetItem* item = m_recent->currentItem()) {
        // Only the entry in the list goes; the vault file stays where it is.
        Settings::forgetVault(item->data(Qt::UserRole).toString());
        refresh();
    }
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

void WelcomePage::retranslate()
{
    m_title->setText(tr("Welcome to OneTeam"));
    m_intro->setText(
        tr("OneTeam keeps the committee's resolutions, follow-up actions, CAIOs, task forces, budget lines "
           "and indicators in an encrypted vault on this computer, and carries changes between offices "
           "as signed, encrypted bundle files. Choose how to begin."));
    m_create->setText(tr("&Create a vault…"));
    m_createText->setText(tr("For this office: the secretariat, a ministry (its CAIO's staff) or an auditor. "
                             "You choose the role and a passphrase."));
    m_sample->setText(tr("Open the &sample vault"));
    m_sampleText->setText(
        tr("A vault filled with the committee's published figures (the 10.1 trillion won AI budget, the "
           "19 ministries, the GPU targets), to look around without risk. Its passphrase is "
           "\"oneteam sample vault\"."));
    m_join->setText(tr("&Join a network…"));
    m_joinText->setText(tr("Create this office's vault, then read the first bundle the secretariat sent "
                           "you and check its key fingerprint as they told it to you."));
    m_open->setText(tr("&Open a vault file…"));
    m_openText->setText(tr("A vault made before, on this computer or copied from another."));
    // A screen reader reads each explanation after its button's name.
    for (auto [button, text] : {std::pair{m_create, m_createText}, std::pair{m_sample, m_sampleText},
                                std::pair{m_join, m_joinText}, std::pair{m_open, m_openText}}) {
        button->setAccessibleDescription(text->text());
    }
    m_recentLabel->setText(tr("&Recent vaults"));
    m_openRecent->setText(tr("Open"));
    m_forget->setText(tr("Remove from the list"));
    m_forget->setToolTip(tr("The vault file itself is not deleted."));
}

} // namespace oneteam
