// MainWindow's vault: opening, creating, locking and closing it, the sample vault,
// joining a network, and changes of its keys (each asked for again first).
#include "MainWindow.h"

#include "ChangePassphraseDialog.h"
#include "CreateVaultDialog.h"
#include "DashboardPage.h"
#include "IdleLock.h"
#include "OffThread.h"
#include "RecordService.h"
#include "RecordStore.h"
#include "SampleDataset.h"
#include "Settings.h"
#include "SyncPage.h"
#include "UnlockDialog.h"
#include "WelcomePage.h"

#include "Kdf.h"
#include "RecoveryKey.h"
#include "Vault.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace oneteam {

void MainWindow::setVault(std::unique_ptr<Vault> vault)
{
    setRecordStore(false); // the store refers to the vault it replaces: it goes first
    m_vault = std::move(vault);
    if (m_vault) {
        Settings::noteVaultOpened(m_vault->path());
    }
    updateVaultState();
}

bool MainWindow::recordsVisible() const
{
    return m_root->currentWidget() == m_content;
}

void MainWindow::setAutoLockMilliseconds(int ms)
{
    m_idle->setTimeout(ms);
    if (m_vault && !m_vault->isLocked()) {
        m_idle->start();
    }
}

void MainWindow::updateVaultState()
{
    const bool open = m_vault != nullptr;
    const bool locked = open && m_vault->isLocked();
    if (!open) {
        m_welcome->refresh();
    }
    m_root->setCurrentWidget(!open ? m_welcome : locked ? m_lockScreen : m_content);
    m_closeVaultAction->setEnabled(open);
    m_lockAction->setEnabled(open && !locked);
    m_changePassphraseAction->setEnabled(open && !locked);
    m_addRecoveryAction->setEnabled(open && !locked);
    m_removeRecoveryAction->setEnabled(open && !locked && m_vault->hasRecoveryKey());
    if (open && !locked) {
        if (!m_store) {
            setRecordStore(true);
        }
        m_idle->start();
        const auto site = m_vault->localSite();
        setVaultStatus(m_vault->path(), site ? site->role : QString());
    } else {
        setRecordStore(false);
        m_idle->stop();
        if (open) {
            setVaultStatus(m_vault->path(), tr("locked"));
        } else {
            setVaultStatus(QString(), QString());
        }
    }
}

void MainWindow::lockVault()
{
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    setRecordStore(false);
    m_vault->lock();
    updateVaultState();
    retranslate();
}

void MainWindow::prepareKeyDerivation()
{
    // Timing the key derivation for this machine takes two derivations: done on a worker
    // while the user types, so the dialog's button waits only for the derivation itself.
    m_background.start([] { Kdf::measure(); });
}

void MainWindow::lockWhenIdle()
{
    lockWhenIdleAfter(false);
}

void MainWindow::lockWhenIdleAfter(bool waited)
{
    if (waitingOffThread()) {
        // A key derivation runs for an unlock or a change of keys, whose code resumes when
        // it ends: lock after that, without closing its dialog under it.
        QTimer::singleShot(200, this, [this] { lockWhenIdleAfter(true); });
        return;
    }
    if (!m_vault || m_vault->isLocked()) {
        return;
    }
    if (waited && m_idle->recentlyActive()) {
        m_idle->start(); // the user came back while the lock waited: count the idle time again
        return;
    }
    QWidget* popup = QApplication::activePopupWidget();
    QWidget* modal = QApplication::activeModalWidget();
    if (popup || modal || BusyScope::active()) {
        if (popup) {
            popup->close(); // a menu: its action is not taken
        } else if (auto* progress = qobject_cast<QProgressDialog*>(modal)) {
            progress->cancel(); // the task stops and writes nothing
        } else if (auto* dialog = qobject_cast<QDialog*>(modal)) {
            dialog->reject();
        }
        QTimer::singleShot(200, this, [this] { lockWhenIdleAfter(true); });
        return;
    }
    lockVault();
}

void MainWindow::requestUnlock()
{
    if (!m_vault || !m_vault->isLocked()) {
        return;
    }
    UnlockDialog dialog(
        QFileInfo(m_vault->path()).fileName(),
        [this](const SecureBytes& secret, bool recovery) {
            if (!recovery) {
                return m_vault->unlock(secret);
            }
            auto key = RecoveryKey::parseTyped(secret);
            return key ? m_vault->unlockWithRecoveryKey(*key) : Status(key.error());
        },
        this);
    dialog.setRetryWait([this] { return m_vault ? m_vault->secondsBeforeRetry() : 0; });
    dialog.exec();
    updateVaultState();
}

void MainWindow::openVaultFile(const QString& path)
{
    UnlockDialog dialog(
        QFileInfo(path).fileName(),
        [this, path](const SecureBytes& secret, bool recovery) -> Status {
            Result<std::unique_ptr<Vault>> opened = StorageError{};
            if (recovery) {
                auto key = RecoveryKey::parseTyped(secret);
                if (!key) {
                    return key.error();
                }
                opened = Vault::openWithRecoveryKey(path, *key);
            } else {
                opened = Vault::open(path, secret);
            }
            if (!opened) {
                return opened.error();
            }
            setVault(std::move(*opened));
            return {};
        },
        this);
    dialog.setRetryWait([path] { return Vault::secondsBeforeRetry(path); });
    dialog.exec();
}

void MainWindow::chooseVaultFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a vault"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("OneTeam vaults (*.otvault)"));
    if (!path.isEmpty()) {
        openVaultFile(path);
    }
}

void MainWindow::createVault()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/oneteam.otvault");
    prepareKeyDerivation();
    CreateVaultDialog dialog(
        suggested,
        [this](const QString& path, const SiteInfo& site, const SecureBytes& passphrase) -> Status {
            VaultOptions options;
            options.kdf = Kdf::calibrate(Settings::kdfTarget(Settings::kdfStrength()));
            auto created = Vault::create(path, passphrase, site, options);
            if (!created) {
                return created.error();
            }
            setVault(std::move(*created));
            return {};
        },
        this);
    dialog.exec();
}

bool MainWindow::confirmIdentity()
{
    UnlockDialog dialog(
        QFileInfo(m_vault->path()).fileName(),
        [this](const SecureBytes& secret, bool isRecoveryKey) {
            return m_vault->confirm(secret, isRecoveryKey);
        },
        this, UnlockDialog::Purpose::Confirm);
    dialog.setObjectName(QStringLiteral("confirmDialog"));
    dialog.setRetryWait([this] { return m_vault ? m_vault->secondsBeforeRetry() : 0; });
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::changePassphrase()
{
    if (!m_vault || m_vault->isLocked() || !confirmIdentity()) {
        return;
    }
    prepareKeyDerivation();
    ChangePassphraseDialog dialog(
        [this](const SecureBytes& passphrase) {
            return m_vault->changePassphrase(passphrase,
                                             Kdf::calibrate(Settings::kdfTarget(Settings::kdfStrength())));
        },
        this);
    if (dialog.exec() == QDialog::Accepted) {
        statusBar()->showMessage(tr("The passphrase was changed."), 5000);
    }
}

void MainWindow::addRecoveryKey()
{
    if (!m_vault || m_vault->isLocked() || !confirmIdentity()) {
        return;
    }
    if (m_vault->hasRecoveryKey() &&
        QMessageBox::question(
            this, tr("Recovery key"),
            tr("This vault has a recovery key. A new one replaces it; the old one stops working.")) !=
            QMessageBox::Yes) {
        return;
    }
    auto key = m_vault->addRecoveryKey();
    if (!key) {
        showError(key.error().message);
        return;
    }
    RecoveryKeyDialog dialog(*key, this);
    dialog.exec();
    updateVaultState();
}

void MainWindow::removeRecoveryKey()
{
    if (!m_vault || m_vault->isLocked() || !confirmIdentity()) {
        return;
    }
    if (QMessageBox::question(this, tr("Recovery key"),
                              tr("Remove the recovery key? Only the passphrase will open the vault.")) !=
        QMessageBox::Yes) {
        return;
    }
    if (Status removed = m_vault->removeRecoveryKey(); !removed) {
        showError(removed.error().message);
    }
    updateVaultState();
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("OneTeam"), message);
}

void MainWindow::closeVault()
{
    if (!m_vault) {
        return;
    }
    setRecordStore(false);
    m_vault.reset();
    updateVaultState();
    retranslate();
}

QString MainWindow::sampleVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sample.otvault");
}

QByteArray MainWindow::samplePassphrase()
{
    return QByteArrayLiteral("oneteam sample vault");
}

void MainWindow::openSampleVault()
{
    const QString path = sampleVaultPath();
    const bool exists = QFileInfo::exists(path);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Vault>> opened = StorageError{};
    const QByteArray known = samplePassphrase();
    const SecureBytes passphrase(known.constData(), std::size_t(known.size()));
    if (exists) {
        opened = Vault::open(path, passphrase);
    } else {
        QDir().mkpath(QFileInfo(path).absolutePath());
        const SiteInfo site{QString(), tr("National AI Strategy Committee secretariat (sample)"),
                            QStringLiteral("secretariat")};
        opened = Vault::create(path, passphrase, site, VaultOptions{});
    }
    QApplication::restoreOverrideCursor();
    if (!opened) {
        if (exists && opened.error().code == StorageErrorCode::WrongPassphrase) {
            // Its passphrase was changed: ask for the new one.
            openVaultFile(path);
        } else {
            showError(opened.error().message);
        }
        return;
    }
    setVault(std::move(*opened));
    if (!exists && m_service) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString error;
        const int loaded = SampleDataset::load(*m_service, &error);
        QApplication::restoreOverrideCursor();
        if (loaded < 0) {
            showError(tr("The sample dataset could not be loaded: %1").arg(error));
            return;
        }
        if (m_dashboard) {
            m_dashboard->refresh();
        }
    }
    showPage(QStringLiteral("dashboard"));
    statusBar()->showMessage(
        tr("The sample vault is open. Its passphrase is \"%1\".").arg(QString::fromUtf8(samplePassphrase())),
        15000);
}

void MainWindow::joinNetwork()
{
    createVault();
    if (!m_vault || m_vault->isLocked() || !m_sync) {
        return;
    }
    showPage(QStringLiteral("sync"));
    m_sync->startJoin();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings::recentVaults();
    for (const QString& path : recent) {
        QAction* action =
            m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openVaultFile(path); });
        action->setToolTip(path);
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No vault opened yet"))->setEnabled(false);
    }
}

} // namespace oneteam
