#pragma once

#include <QJsonValue>

#include <functional>
#include <memory>

class QWidget;

namespace oneteam {

class RecordStore;
struct FieldSpec;

// The control that edits one field of a record, chosen by the field's kind: a line for
// text, a paragraph box, an amount with its reading in 조/억 원 beside it, a date, a list
// of choices, a record picker, a checklist of records, a table of points or deliverables.
// value() gives what the record stores (undefined when left empty); a value the control
// cannot turn into the field's kind is handed on as typed, so the validator names it.
class FieldControl
{
public:
    explicit FieldControl(const FieldSpec& spec)
        : m_spec(spec)
    {}
    virtual ~FieldControl() = default;
    FieldControl(const FieldControl&) = delete;
    FieldControl& operator=(const FieldControl&) = delete;

    const FieldSpec& spec() const { return m_spec; }
    virtual QWidget* widget() = 0;      // placed in the form
    virtual QWidget* focusWidget() = 0; // takes focus and the field's accessible name
    virtual QJsonValue value() const = 0;
    virtual void setValue(const QJsonValue& value) = 0;
    virtual void setEditable(bool editable) = 0;
    // Records a reference control offers (the store's records of its type).
    virtual void setStore(const RecordStore* store) { (void)store; }
    virtual void retranslate() {}
    void setAccessibleName(const QString& name);

    std::function<void()> onChanged;
    // A reference control's "go to" link.
    std::function<void(const QString& type, const QString& id)> onOpen;

    static std::unique_ptr<FieldControl> create(const FieldSpec& spec, QWidget* parent);

protected:
    void changed()
    {
        if (onChanged) {
            onChanged();
        }
    }

private:
    const FieldSpec& m_spec;
};

} // namespace oneteam
