#include "bundledfonts.h"

#include "truetypefont.h"

#include <QFile>
#include <QLoggingCategory>

#include <optional>

namespace attest {

namespace {

Q_LOGGING_CATEGORY(lcFonts, "attest.pdf.fonts")

std::optional<TrueTypeFont> load(const char* file)
{
    const QString path = QStringLiteral(":/attest/fonts/") + QLatin1String(file);
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        qCWarning(lcFonts, "bundled font %s is missing: %s", file, qPrintable(in.errorString()));
        return std::nullopt;
    }
    QString error;
    std::optional<TrueTypeFont> font = TrueTypeFont::parse(in.readAll(), &error);
    if (!font)
        qCWarning(lcFonts, "bundled font %s cannot be read: %s", file, qPrintable(error));
    else if (!font->embeddable())
        qCWarning(lcFonts, "bundled font %s does not permit embedding", file);
    return font && font->embeddable() ? font : std::nullopt;
}

} // namespace

const TrueTypeFont* BundledFonts::font(Face face)
{
    // Function-local statics: loaded on first use (the CJK font, 3.4 MB, only when a document
    // needs it), once, safely from any thread.
    switch (face) {
    case Face::Sans: {
        static const std::optional<TrueTypeFont> sans = load("DejaVuSans.ttf");
        return sans ? &*sans : nullptr;
    }
    case Face::SansBold: {
        static const std::optional<TrueTypeFont> bold = load("DejaVuSans-Bold.ttf");
        return bold ? &*bold : nullptr;
    }
    case Face::Cjk: {
        static const std::optional<TrueTypeFont> cjk = load("DroidSansFallback.ttf");
        return cjk ? &*cjk : nullptr;
    }
    }
    return nullptr;
}

BundledFonts::Glyph BundledFonts::glyphFor(char32_t codePoint, bool bold)
{
    static constexpr Face kBold[] = {Face::SansBold, Face::Sans, Face::Cjk};
    static constexpr Face kRegular[] = {Face::Sans, Face::Cjk};
    const auto search = [codePoint, bold](auto& order) -> std::optional<Glyph> {
        for (const Face face : order) {
            const TrueTypeFont* f = font(face);
            if (const quint16 glyph = f ? f->glyphFor(codePoint) : 0)
                return Glyph{face, glyph, bold && face != Face::SansBold};
        }
        return std::nullopt;
    };
    if (const auto found = bold ? search(kBold) : search(kRegular))
        return *found;
    const TrueTypeFont* sans = font(Face::Sans);
    return {Face::Sans, sans ? sans->glyphFor(0xFFFD) : quint16(0), false};
}

} // namespace attest
