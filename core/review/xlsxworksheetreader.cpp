#include "xlsxworksheet.h"

#include "io/zipreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QXmlStreamReader>

#include <cmath>

// Reading worksheets back: the workbook as written, or saved again by a spreadsheet program.
namespace attest::worksheet {

namespace {

constexpr int kMaxColumns = 16'384; // Excel's limit
const QString kRelationshipsNs = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");

// Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x).
QString decodeEscapes(const QString& text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('_') && i + 6 < text.size() && text.at(i + 1) == QLatin1Char('x') &&
            text.at(i + 6) == QLatin1Char('_')) {
            bool ok = false;
            const ushort code = text.mid(i + 2, 4).toUShort(&ok, 16);
            if (ok) {
                out += QChar(code);
                i += 6;
                continue;
            }
        }
        out += text.at(i);
    }
    return out;
}

// Refuses DTDs outright: a worksheet never has one, and entity tricks live there.
bool refusesDtd(QXmlStreamReader& xml, const QString& part, QString* error)
{
    if (xml.tokenType() == QXmlStreamReader::DTD) {
        *error = QCoreApplication::translate("Worksheet", "%1: a document type declaration is not allowed").arg(part);
        return true;
    }
    return false;
}

bool xmlFailed(const QXmlStreamReader& xml, const QString& part, QString* error)
{
    if (!xml.hasError())
        return false;
    *error = QCoreApplication::translate("Worksheet", "%1, line %2: %3")
                 .arg(part)
                 .arg(xml.lineNumber())
                 .arg(xml.errorString());
    return true;
}

// A part of the workbook to parse as it inflates, refused by its declared size when it exceeds
// what a worksheet of `limits` may take (the ZipReader's own limits apply as well).
std::unique_ptr<ZipEntryDevice> openPart(ZipReader& zip, const QString& part, const Limits& limits, QString* error)
{
    const qint64 size = zip.declaredSize(part);
    if (size > limits.maxTextBytes) {
        const QLocale locale;
        const int items = int(limits.maxRecords - 1); // a name, not an expression: lupdate 6.4 hangs on one there
        *error = QCoreApplication::translate(
                     "Worksheet",
                     "%1 unpacks to %2; a worksheet of %n item(s) may take at most %3 a part (1 MB and "
                     "64 KB a row)",
                     nullptr, items)
                     .arg(part, locale.formattedDataSize(size, 1, QLocale::DataSizeTraditionalFormat),
                          locale.formattedDataSize(limits.maxTextBytes, 1, QLocale::DataSizeTraditionalFormat));
        return nullptr;
    }
    return zip.openEntry(part, limits.maxTextBytes, error);
}

// After parsing a part: a damaged entry explains the XML error it caused; else the XML error;
// else the rest of the entry is read so its checksum is checked.
bool partFailed(const QXmlStreamReader& xml, ZipEntryDevice& device, const QString& part, QString* error)
{
    if (device.failed()) {
        *error = device.errorString();
        return true;
    }
    return xmlFailed(xml, part, error) || !device.finish(error);
}

// "P2" for column 15 (0-based) of row 2.
QString cellName(int column, int row)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (c - 1) % 26)));
    return name + QString::number(row);
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run <r>; phonetic
// hints (<rPh>) are not part of the value.
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    int skip = 0;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == QLatin1String("rPh"))
                ++skip;
            else if (xml.name() == QLatin1String("t") && skip == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("rPh"))
                --skip;
        }
    }
    return decodeEscapes(text);
}

// No more strings than the sheet has cells (a row's worth for each row), none longer than a cell.
bool readSharedStrings(ZipReader& zip, const Limits& limits, QStringList* strings, QString* error)
{
    const QString part = QStringLiteral("xl/sharedStrings.xml");
    const auto device = openPart(zip, part, limits, error);
    if (!device)
        return false;
    const qint64 maxStrings = limits.maxRecords * kMaxCells;
    QXmlStreamReader xml(device.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (refusesDtd(xml, part, error))
            return false;
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            if (strings->size() == maxStrings) {
                *error = QCoreApplication::translate(
                             "Worksheet", "%1: more than %2 strings, more than a worksheet of %3 rows can use")
                             .arg(part)
                             .arg(maxStrings)
                             .arg(limits.maxRecords);
                return false;
            }
            strings->append(readStringItem(xml));
            if (strings->back().size() > kMaxCellChars) {
                *error = cellTooLong(
                    QCoreApplication::translate("Worksheet", "%1: string %2").arg(part).arg(strings->size()));
                return false;
            }
        }
    }
    return !partFailed(xml, *device, part, error);
}

// "BC12" → column 54 (0-based), row 12. false if malformed or beyond Excel's grid.
bool parseReference(QStringView ref, int* column, int* row)
{
    qsizetype i = 0;
    int c = 0;
    while (i < ref.size() && ref[i] >= QLatin1Char('A') && ref[i] <= QLatin1Char('Z')) {
        c = c * 26 + (ref[i].unicode() - 'A' + 1);
        if (c > kMaxColumns)
            return false;
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || r < 1 || r > kMaxRows || !ref[i].isDigit())
        return false;
    *column = c - 1;
    *row = r;
    return true;
}

// Numbers as a person typed them: 3, not 3.0 or 3E0.
QString numberText(const QString& value)
{
    bool ok = false;
    const double d = value.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(qint64(d));
    return value;
}

// Resolves a relationship target of xl/workbook.xml to a part name.
QString resolveTarget(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(QStringLiteral("xl/") + target);
}

bool findSheet(ZipReader& zip, const Limits& limits, QString* sheetPart, QString* error)
{
    const QString workbookPart = QStringLiteral("xl/workbook.xml");
    const auto workbook = openPart(zip, workbookPart, limits, error);
    if (!workbook)
        return false;
    QString firstId;
    QString namedId;
    QXmlStreamReader xml(workbook.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (refusesDtd(xml, workbookPart, error))
            return false;
        if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
            const QString id = xml.attributes().value(kRelationshipsNs, QLatin1String("id")).toString();
            if (firstId.isEmpty())
                firstId = id;
            if (xml.attributes().value(QLatin1String("name")) == QLatin1String(kXlsxSheetName))
                namedId = id;
        }
    }
    if (partFailed(xml, *workbook, workbookPart, error))
        return false;
    const QString id = namedId.isEmpty() ? firstId : namedId;
    if (id.isEmpty()) {
        *error = QCoreApplication::translate("Worksheet", "%1: the workbook has no sheet").arg(workbookPart);
        return false;
    }
    const QString relsPart = QStringLiteral("xl/_rels/workbook.xml.rels");
    const auto rels = openPart(zip, relsPart, limits, error);
    if (!rels)
        return false;
    QXmlStreamReader r(rels.get());
    while (!r.atEnd()) {
        r.readNext();
        if (refusesDtd(r, relsPart, error))
            return false;
        if (r.isStartElement() && r.name() == QLatin1String("Relationship") &&
            r.attributes().value(QLatin1String("Id")) == id) {
            *sheetPart = resolveTarget(r.attributes().value(QLatin1String("Target")).toString());
        }
    }
    if (partFailed(r, *rels, relsPart, error))
        return false;
    if (sheetPart->isEmpty() || sheetPart->startsWith(QLatin1String("..")) || !zip.contains(*sheetPart)) {
        *error = QCoreApplication::translate("Worksheet", "%1: the sheet %2 is missing").arg(relsPart, id);
        return false;
    }
    return true;
}

void readProperties(ZipReader& zip, const Limits& limits, XlsxProperties* properties)
{
    const QString part = QStringLiteral("docProps/custom.xml");
    if (!zip.contains(part))
        return;
    QString ignored;
    const auto device = openPart(zip, part, limits, &ignored);
    if (!device)
        return; // optional: the rows carry the campaign and hash as well
    QXmlStreamReader xml(device.get());
    QString name;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.tokenType() == QXmlStreamReader::DTD)
            return;
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("property")) {
            name = xml.attributes().value(QLatin1String("name")).toString();
        } else if (xml.name() == QLatin1String("lpwstr")) {
            const QString value = xml.readElementText();
            if (name == QLatin1String(kPropertyCampaign))
                properties->campaign = value.trimmed();
            else if (name == QLatin1String(kPropertyHash))
                properties->populationSha256 = value.trimmed();
            else if (name == QLatin1String(kPropertyReviewer))
                properties->reviewer = value;
        }
    }
}

} // namespace

bool isXlsx(const QByteArray& bytes)
{
    return bytes.startsWith("PK\x03\x04");
}

bool readXlsx(const QByteArray& bytes, std::vector<CsvRecord>* records, XlsxProperties* properties, QString* error,
              const Limits& limits)
{
    records->clear();
    auto zip = ZipReader::open(bytes, error);
    if (!zip)
        return false;
    QString sheetPart;
    if (!findSheet(*zip, limits, &sheetPart, error))
        return false;
    QStringList shared;
    if (zip->contains(QStringLiteral("xl/sharedStrings.xml")) && !readSharedStrings(*zip, limits, &shared, error))
        return false;
    readProperties(*zip, limits, properties);
    const auto sheet = openPart(*zip, sheetPart, limits, error);
    if (!sheet)
        return false;

    // Parsed as it inflates: memory holds the rows read, never the part's XML.
    QXmlStreamReader xml(sheet.get());
    const auto malformed = [&](const QString& what) {
        *error =
            QCoreApplication::translate("Worksheet", "%1, line %2: %3").arg(sheetPart).arg(xml.lineNumber()).arg(what);
        return false;
    };
    bool inData = false;
    int lastRow = 0;
    qsizetype width = -1; // the header's
    CsvRecord record;
    int lastColumn = -1;
    bool hasText = false;
    const auto endRow = [&]() {
        if (hasText) {
            if (qint64(records->size()) == limits.maxRecords) {
                *error = tooManyRows(QCoreApplication::translate("Worksheet", "row %1").arg(record.line), limits);
                return false;
            }
            while (record.cells.size() > 1 && record.cells.back().isEmpty() && record.cells.size() > width)
                record.cells.removeLast();
            if (width < 0)
                width = record.cells.size();
            while (record.cells.size() < width)
                record.cells.append(QString());
            records->push_back(std::move(record));
        }
        record = CsvRecord();
        return true;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (refusesDtd(xml, sheetPart, error))
            return false;
        if (xml.isStartElement() && xml.name() == QLatin1String("sheetData")) {
            inData = true;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("sheetData")) {
            break;
        } else if (inData && xml.isStartElement() && xml.name() == QLatin1String("row")) {
            int row = lastRow + 1;
            const auto r = xml.attributes().value(QLatin1String("r"));
            if (!r.isEmpty()) {
                bool ok = false;
                row = r.toInt(&ok);
                if (!ok || row < 1 || row > kMaxRows)
                    return malformed(
                        QCoreApplication::translate("Worksheet", "invalid row number \"%1\"").arg(r.toString()));
            }
            if (row <= lastRow)
                return malformed(
                    QCoreApplication::translate("Worksheet", "row %1 comes after row %2").arg(row).arg(lastRow));
            lastRow = row;
            record.line = row;
            lastColumn = -1;
            hasText = false;
        } else if (inData && xml.isEndElement() && xml.name() == QLatin1String("row")) {
            if (!endRow())
                return false;
        } else if (inData && xml.isStartElement() && xml.name() == QLatin1String("c")) {
            if (record.line == 0)
                return malformed(QCoreApplication::translate("Worksheet", "a cell outside a row"));
            int column = lastColumn + 1;
            const auto ref = xml.attributes().value(QLatin1String("r"));
            if (!ref.isEmpty()) {
                int row = 0;
                if (!parseReference(ref, &column, &row) || row != record.line)
                    return malformed(QCoreApplication::translate("Worksheet", "invalid cell reference \"%1\" in row %2")
                                         .arg(ref.toString())
                                         .arg(record.line));
            }
            if (column <= lastColumn || column >= kMaxColumns)
                return malformed(QCoreApplication::translate("Worksheet", "cell %1 of row %2 is out of order")
                                     .arg(column + 1)
                                     .arg(record.line));
            lastColumn = column;
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            QString value;
            QString inlineText;
            bool hasValue = false;
            // The cell's children: <v>, <is>, <f> (a formula; only its cached value counts).
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c"))
                    break;
                if (xml.isStartElement() && xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                    hasValue = true;
                } else if (xml.isStartElement() && xml.name() == QLatin1String("is")) {
                    inlineText = readStringItem(xml);
                } else if (xml.isStartElement()) {
                    xml.skipCurrentElement();
                }
            }
            if (xml.hasError())
                break;
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const qsizetype index = value.trimmed().toLongLong(&ok);
                if (!hasValue || !ok || index < 0 || index >= shared.size())
                    return malformed(
                        QCoreApplication::translate(
                            "Worksheet", "cell %1 of row %2 refers to shared string \"%3\", which does not exist")
                            .arg(column + 1)
                            .arg(record.line)
                            .arg(value));
                text = shared[index];
            } else if (type == QLatin1String("inlineStr")) {
                text = inlineText;
            } else if (type == QLatin1String("b")) {
                text = value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d")) {
                text = decodeEscapes(value);
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                text = hasValue ? numberText(value.trimmed()) : QString();
            } else {
                return malformed(
                    QCoreApplication::translate("Worksheet", "cell %1 of row %2 has the unknown type \"%3\"")
                        .arg(column + 1)
                        .arg(record.line)
                        .arg(type));
            }
            if (text.size() > kMaxCellChars) {
                // Named by its header where the header is known.
                const QString header = records->empty() ? QString() : records->front().cells.value(column);
                const QString where = header.isEmpty()
                                          ? QCoreApplication::translate("Worksheet", "row %1: cell %2")
                                                .arg(record.line)
                                                .arg(cellName(column, record.line))
                                          : QCoreApplication::translate("Worksheet", "row %1: cell %2 (%3)")
                                                .arg(record.line)
                                                .arg(cellName(column, record.line), header);
                *error = cellTooLong(where);
                return false;
            }
            if (column >= kMaxCells && !text.isEmpty()) {
                *error = tooManyCells(QCoreApplication::translate("Worksheet", "row %1").arg(record.line));
                return false;
            }
            if (column >= record.cells.size()) {
                if (text.isEmpty())
                    continue;
                while (record.cells.size() < column)
                    record.cells.append(QString());
                record.cells.append(text);
            } else {
                record.cells[column] = text;
            }
            hasText = hasText || !text.isEmpty();
        }
    }
    if (partFailed(xml, *sheet, sheetPart, error))
        return false;
    if (!inData) {
        *error = QCoreApplication::translate("Worksheet", "%1: the sheet has no data").arg(sheetPart);
        return false;
    }
    return true;
}

} // namespace attest::worksheet
