#pragma once

// What FieldControls.cpp and FieldListControls.cpp share. Private to ui/.

#include "FieldControls.h"

#include <QJsonValue>
#include <QString>

#include <memory>

namespace oneteam::fieldcontrols {

// The text as a value, or undefined (the field is removed) when it is blank.
inline QJsonValue textOrUndefined(const QString& text)
{
    return text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(text);
}

// The controls of FieldListControls.cpp, for FieldControl::create.
std::unique_ptr<FieldControl> makeReferenceControl(const FieldSpec& spec, QWidget* parent);
std::unique_ptr<FieldControl> makeReferenceListControl(const FieldSpec& spec, QWidget* parent);
std::unique_ptr<FieldControl> makeLinksControl(const FieldSpec& spec, QWidget* parent);
std::unique_ptr<FieldControl> makeRowsControl(const FieldSpec& spec, QWidget* parent);

} // namespace oneteam::fieldcontrols
