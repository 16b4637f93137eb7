#pragma once

#include <QByteArray>

namespace attest {

// The body of a PDF stream object ("<< … >> stream … endstream") holding data compressed with
// FlateDecode; entries are added to the stream's dictionary (" /Length1 123").
QByteArray pdfFlateStream(const QByteArray& data, const QByteArray& entries = {});

} // namespace attest
