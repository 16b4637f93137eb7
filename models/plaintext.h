#pragma once

#include <QString>

namespace attest {

// The one rich-text policy (STYLE 17): directory data (names, DNs, descriptions, justifications)
// is never interpreted as markup. Labels that show it use Qt::PlainText (ui/common/richtext.h);
// where it must sit inside our own markup, or in a tool tip (which Qt renders as rich text
// whenever Qt::mightBeRichText guesses so), it goes through these.

// Directory data inside our own HTML: every <, > and & shown as typed.
inline QString htmlFromData(const QString& data)
{
    return data.toHtmlEscaped();
}

// A tool tip that shows its text literally, line breaks kept: always rich text, with the text
// escaped, so "<img src=x>" in a name reads as those characters instead of loading an image.
inline QString plainToolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<qt>") + html + QLatin1String("</qt>");
}

} // namespace attest
