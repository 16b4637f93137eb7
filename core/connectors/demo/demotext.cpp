#include "demomodel.h"

namespace attest::demo {

QString escapeRdnValue(const QString& value)
{
    QString out;
    out.reserve(value.size() + 4);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const bool special =
            c == u',' || c == u'+' || c == u'"' || c == u'\\' || c == u'<' || c == u'>' || c == u';' || c == u'=';
        const bool edge = (i == 0 && (c == u' ' || c == u'#')) || (i == value.size() - 1 && c == u' ');
        if (special || edge)
            out += u'\\';
        out += c;
    }
    return out;
}

QString asciiFold(const QString& text)
{
    // Canonical decomposition strips accents; the letters that do not decompose (ø, ł, ß, æ, …)
    // get their usual transliteration.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const char16_t u = c.toLower().unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-') {
            out += QChar(u);
            continue;
        }
        switch (u) {
        case u'ø':
            out += u'o';
            break;
        case u'ł':
            out += u'l';
            break;
        case u'đ':
            out += u'd';
            break;
        case u'ı':
            out += u'i';
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'æ':
            out += QStringLiteral("ae");
            break;
        case u'œ':
            out += QStringLiteral("oe");
            break;
        case u'þ':
            out += QStringLiteral("th");
            break;
        default:
            break; // combining marks, spaces, apostrophes
        }
    }
    return out;
}

} // namespace attest::demo
