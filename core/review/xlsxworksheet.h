#pragma once

#include "worksheet.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace attest::worksheet {

// The reviewer's worksheet as an Excel workbook (libxlsxwriter): the CSV's columns and rows on one
// sheet, the header frozen and bold, the columns to fill in (decision with a drop-down list,
// justification) white and framed while the rest is shaded, and the campaign, population hash and
// reviewer also stored as custom document properties. Reading accepts that file and the same file
// saved again by Excel or LibreOffice (shared or inline strings, numbers), nothing else.
// Written in xlsxworksheet.cpp, read in xlsxworksheetreader.cpp.
inline constexpr char kXlsxSheetName[] = "Worksheet";
// The custom document properties naming the worksheet's campaign, population and reviewer.
inline constexpr char kPropertyCampaign[] = "AttestCampaign";
inline constexpr char kPropertyHash[] = "AttestPopulationSha256";
inline constexpr char kPropertyReviewer[] = "AttestReviewer";

// True when the bytes are a ZIP archive (an .xlsx file), not CSV text.
bool isXlsx(const QByteArray& bytes);

// The workbook's bytes, or nullopt with *error.
std::optional<QByteArray> writeXlsx(const CampaignState& state, const QString& reviewer, QString* error);

// What the workbook says about itself (empty when a tool dropped the properties).
struct XlsxProperties
{
    QString campaign;
    QString populationSha256;
    QString reviewer;
};

// The first sheet (or the one named kXlsxSheetName) as records, each with its row number as the
// line; empty rows are skipped and rows padded to the header's width. false with *error, naming
// the part of the file, for anything malformed or over the limits: each XML part is refused by
// its declared size when over limits.maxTextBytes and parsed as it inflates (never whole in
// memory), the shared strings are at most a row's cells for each row, and rows, cells and
// their length are bounded as in readCsv.
bool readXlsx(const QByteArray& bytes, std::vector<CsvRecord>* records, XlsxProperties* properties, QString* error,
              const Limits& limits = {});

} // namespace attest::worksheet
