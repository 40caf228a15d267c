#pragma once

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace oneteam {

class FieldControl;
class RecordService;
struct RecordType;
struct FieldSpec;

// What an editor writes through: the rules and roles (RecordService), the window's undo
// history, and where it reports what went wrong with an undo or redo.
struct RecordEditContext
{
    RecordService* service = nullptr;
    QUndoStack* undo = nullptr;
    std::function<void(const QString&)> report = {};
};

// The detail editor of one record type: a form built from the type's fields, validated as
// the user types (each field's problem under it, warnings in amber), saved through the
// service (so the site's role decides what may change; fields the role may not change
// are read-only), every save and delete an undoable step. Below the form, the records it
// refers to and the records that refer to it, each a link.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(const RecordType& type, QWidget* parent = nullptr);
    ~RecordEditor() override;

    // Null service: locked, nothing to show.
    void setContext(const RecordEditContext& context);

    void showRecord(const QString& id); // empty: nothing selected
    void startNew();
    bool save();
    void revert();
    bool deleteRecord();

    QString recordId() const { return m_id; }
    bool isNew() const { return m_creating; }
    bool isDirty() const;
    bool canSave() const;
    QJsonObject fields() const;
    // The control of a field (for keyboard focus and tests), or null.
    QWidget* fieldWidget(const QString& field) const;
    QString issueText(const QString& field) const;

signals:
    void saved(const QString& id);
    void deleted(const QString& id);
    void openRecord(const QString& type, const QString& id);
    void showHistory(const QString& type, const QString& id); // the record's audit entries
    void stateChanged();                                      // dirty, saveable or the record shown changed

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildForm();
    void load(const QJsonObject& fields);
    // The record as shown when it was loaded, without fields this version does not know.
    QJsonObject shownOriginal() const;
    void validate();
    void updateButtons();
    void updateEditable();
    void refreshRelated();
    void refreshChoices();
    void retranslate();
    void onFieldChanged(const QString& field);
    void onStoreChanged(const QString& type, const QString& id);
    void showBanner(const QString& text, bool error);
    void openRelated(QTreeWidgetItem* item);
    // The save or delete just made, as a step of the window's undo history.
    void pushEdit(const QString& id, const std::optional<QJsonObject>& before,
                  const std::optional<QJsonObject>& after);

    const RecordType& m_type;
    RecordEditContext m_context;
    std::vector<std::unique_ptr<FieldControl>> m_controls;
    QString m_id;
    bool m_creating = false;
    bool m_loading = false;
    bool m_attempted = false; // a save was tried: show every problem
    QJsonObject m_original;
    QSet<QString> m_touched;
    QMetaObject::Connection m_storeConnection;

    QLabel* m_heading;
    QLabel* m_badge;
    QLabel* m_banner;
    QLabel* m_unknown; // fields a newer version wrote, kept as they are
    QWidget* m_form;
    QWidget* m_scroll = nullptr;
    QFormLayout* m_formLayout;
    QLabel* m_empty;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_delete;
    QPushButton* m_history;
    QLabel* m_relatedTitle;
    QTreeWidget* m_related;
};

} // namespace oneteam
