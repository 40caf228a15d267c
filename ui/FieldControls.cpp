#include "FieldControls.h"

#include "FieldControlsDetail.h"

#include "RecordLabels.h"
#include "RecordType.h"
#include "WonFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace oneteam {

using namespace fieldcontrols;

namespace {

// "1,000,000" or "1 000 000" or "1000000" as a whole number, or nothing.
std::optional<qint64> parseWhole(QString text)
{
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QJsonValue wholeOrText(const QString& typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty()) {
        return QJsonValue(QJsonValue::Undefined);
    }
    if (auto number = parseWhole(text)) {
        return QJsonValue(*number);
    }
    return text; // the validator names the problem
}

QString wholeText(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

WonFormat::Language language()
{
    return QLocale().language() == QLocale::Korean ? WonFormat::Language::Korean
                                                   : WonFormat::Language::English;
}

// A line of text, a whole number, or a date.
class LineControl : public FieldControl
{
public:
    LineControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_edit(new QLineEdit(parent))
    {
        m_edit->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        QObject::connect(m_edit, &QLineEdit::textEdited, m_edit, [this] { changed(); });
        retranslate();
    }
    QWidget* widget() override { return m_edit; }
    QWidget* focusWidget() override { return m_edit; }
    QJsonValue value() const override
    {
        switch (spec().kind) {
        case FieldSpec::Kind::Integer:
            return wholeOrText(m_edit->text());
        case FieldSpec::Kind::Date:
            return textOrUndefined(m_edit->text().trimmed());
        default:
            return textOrUndefined(m_edit->text());
        }
    }
    void setValue(const QJsonValue& value) override
    {
        m_edit->setText(spec().kind == FieldSpec::Kind::Integer ? wholeText(value) : value.toString());
    }
    void setEditable(bool editable) override { m_edit->setReadOnly(!editable); }
    void retranslate() override
    {
        if (spec().kind == FieldSpec::Kind::Date) {
            m_edit->setPlaceholderText(QCoreApplication::translate("FieldControls", "YYYY-MM-DD"));
        }
    }

private:
    QLineEdit* m_edit;
};

// Paragraphs, or a list of lines (one entry a line).
class TextControl : public FieldControl
{
public:
    TextControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_edit(new QPlainTextEdit(parent))
    {
        m_edit->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_edit->setTabChangesFocus(true);
        m_edit->setMaximumHeight(spec.kind == FieldSpec::Kind::TextList ? 70 : 96);
        QObject::connect(m_edit, &QPlainTextEdit::textChanged, m_edit, [this] {
            if (!m_setting) {
                changed();
            }
        });
        retranslate();
    }
    QWidget* widget() override { return m_edit; }
    QWidget* focusWidget() override { return m_edit; }
    QJsonValue value() const override
    {
        if (spec().kind != FieldSpec::Kind::TextList) {
            return textOrUndefined(m_edit->toPlainText());
        }
        QJsonArray items;
        for (const QString& line : m_edit->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty()) {
                items.append(line.trimmed());
            }
        }
        return items.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(items);
    }
    void setValue(const QJsonValue& value) override
    {
        m_setting = true;
        if (value.isArray()) {
            QStringList lines;
            for (const QJsonValue& item : value.toArray()) {
                lines << item.toString();
            }
            m_edit->setPlainText(lines.join(QLatin1Char('\n')));
        } else {
            m_edit->setPlainText(value.toString());
        }
        m_setting = false;
    }
    void setEditable(bool editable) override { m_edit->setReadOnly(!editable); }
    void retranslate() override
    {
        if (spec().kind == FieldSpec::Kind::TextList) {
            m_edit->setPlaceholderText(QCoreApplication::translate("FieldControls", "One entry per line"));
        }
    }

private:
    QPlainTextEdit* m_edit;
    bool m_setting = false;
};

// Whole won, with how the amount reads (10조 1000억 원 / KRW 10.1 trillion) beside it.
class WonControl : public FieldControl
{
public:
    WonControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_box(new QWidget(parent))
        , m_edit(new QLineEdit(m_box))
        , m_reading(new QLabel(m_box))
    {
        m_edit->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_edit->setAlignment(Qt::AlignRight);
        m_reading->setObjectName(QStringLiteral("reading_") + QLatin1String(spec.name));
        m_reading->setIndent(4);
        // The digits get the whole width; how they read goes underneath.
        auto* layout = new QVBoxLayout(m_box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(1);
        layout->addWidget(m_edit);
        layout->addWidget(m_reading);
        QObject::connect(m_edit, &QLineEdit::textEdited, m_edit, [this] {
            updateReading();
            changed();
        });
        retranslate();
    }
    QWidget* widget() override { return m_box; }
    QWidget* focusWidget() override { return m_edit; }
    QJsonValue value() const override { return wholeOrText(m_edit->text()); }
    void setValue(const QJsonValue& value) override
    {
        // Grouped in threes so twelve zeros can be read at a glance.
        m_edit->setText(value.isDouble() ? QLocale(QLocale::English).toString(value.toInteger())
                                         : value.toString());
        updateReading();
    }
    void setEditable(bool editable) override { m_edit->setReadOnly(!editable); }
    void retranslate() override
    {
        m_edit->setPlaceholderText(QCoreApplication::translate("FieldControls", "whole won"));
        updateReading();
    }

private:
    void updateReading()
    {
        const QJsonValue current = value();
        m_reading->setText(current.isDouble()
                               ? QStringLiteral("= ") + WonFormat::format(current.toInteger(), language())
                               : QString());
    }

    QWidget* m_box;
    QLineEdit* m_edit;
    QLabel* m_reading;
};

// 0 to 100, or not given.
class PercentControl : public FieldControl
{
public:
    PercentControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_spin(new QSpinBox(parent))
    {
        m_spin->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_spin->setRange(-1, 100);
        m_spin->setSuffix(QStringLiteral(" %"));
        m_spin->setSpecialValueText(QStringLiteral("—"));
        m_spin->setValue(-1);
        QObject::connect(m_spin, &QSpinBox::valueChanged, m_spin, [this] {
            if (!m_setting) {
                changed();
            }
        });
    }
    QWidget* widget() override { return m_spin; }
    QWidget* focusWidget() override { return m_spin; }
    QJsonValue value() const override
    {
        return m_spin->value() < 0 ? QJsonValue(QJsonValue::Undefined) : QJsonValue(m_spin->value());
    }
    void setValue(const QJsonValue& value) override
    {
        m_setting = true;
        m_spin->setValue(value.isDouble() ? int(value.toInteger()) : -1);
        m_setting = false;
    }
    void setEditable(bool editable) override { m_spin->setReadOnly(!editable); }

private:
    QSpinBox* m_spin;
    bool m_setting = false;
};

class FlagControl : public FieldControl
{
public:
    FlagControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_check(new QCheckBox(parent))
    {
        m_check->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        QObject::connect(m_check, &QCheckBox::toggled, m_check, [this] {
            if (!m_setting) {
                changed();
            }
        });
    }
    QWidget* widget() override { return m_check; }
    QWidget* focusWidget() override { return m_check; }
    QJsonValue value() const override
    {
        if (m_check->isChecked()) {
            return true;
        }
        return m_explicitFalse ? QJsonValue(false) : QJsonValue(QJsonValue::Undefined);
    }
    void setValue(const QJsonValue& value) override
    {
        m_setting = true;
        m_explicitFalse = value.isBool() && !value.toBool();
        m_check->setChecked(value.toBool());
        m_setting = false;
    }
    void setEditable(bool editable) override { m_check->setEnabled(editable); }

private:
    QCheckBox* m_check;
    bool m_explicitFalse = false; // stored as false, not left out
    bool m_setting = false;
};

// One of the field's choices (or none), shown in the user's language.
class ChoiceControl : public FieldControl
{
public:
    ChoiceControl(const FieldSpec& spec, QWidget* parent)
        : FieldControl(spec)
        , m_combo(new QComboBox(parent))
    {
        m_combo->setObjectName(QStringLiteral("field_") + QLatin1String(spec.name));
        m_combo->addItem(QString(), QString());
        for (const QString& choice : spec.choices) {
            m_combo->addItem(RecordLabels::choice(choice), choice);
        }
        QObject::connect(m_combo, &QComboBox::activated, m_combo, [this] { changed(); });
    }
    QWidget* widget() override { return m_combo; }
    QWidget* focusWidget() override { return m_combo; }
    QJsonValue value() const override { return textOrUndefined(m_combo->currentData().toString()); }
    void setValue(const QJsonValue& value) override
    {
        int index = m_combo->findData(value.toString());
        if (index < 0) {
            m_combo->addItem(value.toString(), value.toString()); // a value from elsewhere
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(value.isString() ? index : 0);
    }
    void setEditable(bool editable) override { m_combo->setEnabled(editable); }
    void retranslate() override
    {
        for (int i = 1; i < m_combo->count(); ++i) {
            m_combo->setItemText(i, RecordLabels::choice(m_combo->itemData(i).toString()));
        }
    }

private:
    QComboBox* m_combo;
};

} // namespace

void FieldControl::setAccessibleName(const QString& name)
{
    focusWidget()->setAccessibleName(name);
}

std::unique_ptr<FieldControl> FieldControl::create(const FieldSpec& spec, QWidget* parent)
{
    using K = FieldSpec::Kind;
    switch (spec.kind) {
    case K::Text:
    case K::Integer:
    case K::Date:
        return std::make_unique<LineControl>(spec, parent);
    case K::LongText:
    case K::TextList:
        return std::make_unique<TextControl>(spec, parent);
    case K::Won:
        return std::make_unique<WonControl>(spec, parent);
    case K::Percent:
        return std::make_unique<PercentControl>(spec, parent);
    case K::Flag:
        return std::make_unique<FlagControl>(spec, parent);
    case K::Enum:
        return std::make_unique<ChoiceControl>(spec, parent);
    case K::Reference:
        return makeReferenceControl(spec, parent);
    case K::ReferenceList:
        if (!spec.refType) {
            return makeLinksControl(spec, parent);
        }
        return makeReferenceListControl(spec, parent);
    case K::Points:
    case K::Deliverables:
        return makeRowsControl(spec, parent);
    }
    return std::make_unique<LineControl>(spec, parent);
}

} // namespace oneteam
