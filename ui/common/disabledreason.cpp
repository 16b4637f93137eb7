#include "disabledreason.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace attest {

namespace {

constexpr const char* kOwnToolTip = "attestOwnToolTip";
constexpr const char* kReasonShown = "attestReasonShown";

template <typename T>
void apply(T* object, bool enabled, const QString& reason)
{
    const QString shown = object->toolTip();
    // A tool tip that is not the reason we put there is the control's own (set since, perhaps).
    if (shown != object->property(kReasonShown).toString() || !object->property(kReasonShown).isValid())
        object->setProperty(kOwnToolTip, shown);
    object->setEnabled(enabled);
    const QString tip = enabled || reason.isEmpty() ? object->property(kOwnToolTip).toString() : reason;
    object->setToolTip(tip);
    object->setProperty(kReasonShown, enabled || reason.isEmpty() ? QVariant() : QVariant(reason));
}

} // namespace

void setEnabledWithReason(QWidget* widget, bool enabled, const QString& reason)
{
    apply(widget, enabled, reason);
}

void setEnabledWithReason(QAction* action, bool enabled, const QString& reason)
{
    apply(action, enabled, reason);
}

} // namespace attest
