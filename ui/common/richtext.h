#pragma once

#include "plaintext.h"

#include <QLabel>

namespace attest {

// A label for directory data: Qt::PlainText, so markup in a name is shown, not obeyed.
inline QLabel* plainLabel(const QString& text = {}, QWidget* parent = nullptr)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

// Makes an existing label show its text literally from now on.
inline void makePlain(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
}

} // namespace attest
