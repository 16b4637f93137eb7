#pragma once

#include <QLocale>

class QCoreApplication;

namespace attest {

// Installs Attest's own translation (embedded under :/i18n) and Qt's for locale. Returns whether
// Attest's own was found; English needs none.
bool installTranslations(QCoreApplication* app, const QLocale& locale);

} // namespace attest
