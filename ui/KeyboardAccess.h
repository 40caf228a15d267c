#pragma once

#include <QList>

class QWidget;

namespace oneteam {

// Makes the controls under `root` usable from the keyboard alone and nameable by a screen
// reader: Tab leaves tables and multi-line fields (arrows and Ctrl+Tab move inside them)
// instead of trapping the focus, and a field without an accessible name takes the text of
// the label that is its buddy. Call again after retranslating: names follow the labels.
void makeKeyboardFriendly(QWidget* root);

// Tab visits `widgets` in this order (each after the one before it).
void setTabChain(const QList<QWidget*>& widgets);

// The last control of `container` that Tab reaches (itself if none inside it does).
QWidget* lastInTabChain(QWidget* container);

} // namespace oneteam
