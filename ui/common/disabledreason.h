#pragma once

#include <QString>

class QAction;
class QWidget;

namespace attest {

// Enables or disables a button (or any widget, or an action) and, while it is disabled, shows in its
// tool tip why: a disabled control that does not say why leaves a new user guessing. Enabled, it
// shows its own tool tip again (the one it had before it was first disabled here, or one set since).
void setEnabledWithReason(QWidget* widget, bool enabled, const QString& reason);
void setEnabledWithReason(QAction* action, bool enabled, const QString& reason);

} // namespace attest
