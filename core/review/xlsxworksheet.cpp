#include "xlsxworksheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace attest::worksheet {

namespace {

// Closes the workbook on every path (libxlsxwriter frees it there).
struct Workbook
{
    lxw_workbook* book = nullptr;
    ~Workbook()
    {
        if (book)
            workbook_close(book);
    }
    lxw_error close()
    {
        const lxw_error result = workbook_close(book);
        book = nullptr;
        return result;
    }
};

double widthOf(const QString& column)
{
    static const QHash<QString, double> widths{{QStringLiteral("campaign"), 10},
                                               {QStringLiteral("populationSha256"), 14},
                                               {QStringLiteral("item"), 7},
                                               {QStringLiteral("identity"), 24},
                                               {QStringLiteral("title"), 18},
                                               {QStringLiteral("department"), 16},
                                               {QStringLiteral("account"), 18},
                                               {QStringLiteral("entitlement"), 28},
                                               {QStringLiteral("accessPath"), 32},
                                               {QStringLiteral("privileged"), 10},
                                               {QStringLiteral("lastLogon"), 22},
                                               {QStringLiteral("peerPercent"), 12},
                                               {QStringLiteral("recommendation"), 16},
                                               {QStringLiteral("reason"), 34},
                                               {QStringLiteral("decision"), 14},
                                               {QStringLiteral("justification"), 44}};
    return widths.value(column, 14);
}

} // namespace

std::optional<QByteArray> writeXlsx(const CampaignState& state, const QString& reviewer, QString* error)
{
    const QStringList& names = columns();
    std::vector<std::size_t> items;
    for (std::size_t i = 0; i < state.size(); ++i) {
        if (state.reviewerOf(i) == reviewer)
            items.push_back(i);
    }
    if (items.size() >= std::size_t(kMaxRows)) {
        *error = QCoreApplication::translate("Worksheet", "%1 items do not fit on one Excel sheet; export CSV instead")
                     .arg(items.size());
        return std::nullopt;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error =
            QCoreApplication::translate("Worksheet", "cannot create a temporary folder: %1").arg(dir.errorString());
        return std::nullopt;
    }
    const QString path = dir.filePath(QStringLiteral("worksheet.xlsx"));
    QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to a temporary file as written: flat memory
    options.tmpdir = tmp.data();
    Workbook workbook;
    workbook.book = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    if (!workbook.book) {
        *error = QCoreApplication::translate("Worksheet", "cannot create the workbook");
        return std::nullopt;
    }
    lxw_workbook* book = workbook.book;
    lxw_worksheet* sheet = workbook_add_worksheet(book, kXlsxSheetName);

    lxw_format* header = workbook_add_format(book);
    format_set_bold(header);
    format_set_pattern(header, LXW_PATTERN_SOLID);
    format_set_bg_color(header, 0xD9D9D9);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format* readOnly = workbook_add_format(book);
    format_set_pattern(readOnly, LXW_PATTERN_SOLID);
    format_set_bg_color(readOnly, 0xEFEFEF);
    format_set_font_color(readOnly, 0x404040);
    lxw_format* editable = workbook_add_format(book);
    format_set_pattern(editable, LXW_PATTERN_SOLID);
    format_set_bg_color(editable, 0xFFFFFF);
    format_set_border(editable, LXW_BORDER_THIN);
    format_set_border_color(editable, 0x808080);

    const qsizetype decisionColumn = names.indexOf(QStringLiteral("decision"));
    const qsizetype justificationColumn = names.indexOf(QStringLiteral("justification"));
    const QList<qsizetype> numeric{names.indexOf(QStringLiteral("campaign")), names.indexOf(QStringLiteral("item")),
                                   names.indexOf(QStringLiteral("peerPercent"))};

    for (qsizetype c = 0; c < names.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widthOf(names[c]), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_row(sheet, 0, LXW_DEF_ROW_HEIGHT, header);
    lxw_error result = LXW_NO_ERROR;
    for (qsizetype c = 0; c < names.size() && result == LXW_NO_ERROR; ++c)
        result = worksheet_write_string(sheet, 0, lxw_col_t(c), names[c].toUtf8().constData(), header);

    lxw_row_t row = 0;
    for (const std::size_t i : items) {
        if (result != LXW_NO_ERROR)
            break;
        ++row;
        const QStringList cells = rowCells(state, i);
        for (qsizetype c = 0; c < cells.size() && result == LXW_NO_ERROR; ++c) {
            const bool isEditable = c == decisionColumn || c == justificationColumn;
            lxw_format* format = isEditable ? editable : readOnly;
            QString text = cells[c];
            bool isNumber = false;
            const double number = numeric.contains(c) ? text.toDouble(&isNumber) : 0.0;
            if (isNumber) {
                result = worksheet_write_number(sheet, row, lxw_col_t(c), number, format);
                continue;
            }
            if (text.size() > kMaxCellChars) { // rowCells cut the others
                *error = QCoreApplication::translate(
                             "Worksheet", "item %1: the %2 is longer than %3 characters, the most a cell may hold")
                             .arg(i + 1)
                             .arg(names[c])
                             .arg(kMaxCellChars);
                return std::nullopt;
            }
            // libxlsxwriter writes control characters as _xHHHH_ but leaves such text as typed; escape
            // its "_" the way Excel does, so reading it back decodes to what was written.
            static const QRegularExpression escapeLike(QStringLiteral("_(x[0-9A-Fa-f]{4}_)"));
            text.replace(escapeLike, QStringLiteral("_x005F_\\1"));
            result = text.isEmpty()
                         ? worksheet_write_blank(sheet, row, lxw_col_t(c), format)
                         : worksheet_write_string(sheet, row, lxw_col_t(c), text.toUtf8().constData(), format);
        }
    }
    if (result == LXW_NO_ERROR && row > 0) {
        worksheet_autofilter(sheet, 0, 0, row, lxw_col_t(names.size() - 1));
        const char* choices[] = {"approve", "revoke", "dont-know", nullptr};
        const QByteArray title = QCoreApplication::translate("Worksheet", "Decision").toUtf8();
        const QByteArray message =
            QCoreApplication::translate(
                "Worksheet",
                "approve, revoke or dont-know; leave it empty to decide later. Revoke needs a justification.")
                .toUtf8();
        const QByteArray errorTitle = QCoreApplication::translate("Worksheet", "Not a decision").toUtf8();
        const QByteArray errorMessage =
            QCoreApplication::translate("Worksheet", "Choose approve, revoke or dont-know from the list.").toUtf8();
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = const_cast<char**>(choices);
        validation.ignore_blank = LXW_VALIDATION_ON;
        validation.show_input = LXW_VALIDATION_ON;
        validation.show_error = LXW_VALIDATION_ON;
        validation.error_type = LXW_VALIDATION_ERROR_TYPE_STOP;
        validation.input_title = const_cast<char*>(title.constData());
        validation.input_message = const_cast<char*>(message.constData());
        validation.error_title = const_cast<char*>(errorTitle.constData());
        validation.error_message = const_cast<char*>(errorMessage.constData());
        result = worksheet_data_validation_range(sheet, 1, lxw_col_t(decisionColumn), row, lxw_col_t(decisionColumn),
                                                 &validation);
    }
    const Campaign& campaign = state.campaign();
    const QByteArray campaignId = QByteArray::number(campaign.id);
    const QByteArray hash = campaign.populationSha256.toHex();
    const QByteArray reviewerUtf8 = reviewer.toUtf8();
    const QByteArray documentTitle = QCoreApplication::translate("Worksheet", "Access review worksheet").toUtf8();
    const QByteArray subject = campaign.definition.name.toUtf8();
    if (result == LXW_NO_ERROR)
        result = workbook_set_custom_property_string(book, kPropertyCampaign, campaignId.constData());
    if (result == LXW_NO_ERROR)
        result = workbook_set_custom_property_string(book, kPropertyHash, hash.constData());
    if (result == LXW_NO_ERROR)
        result = workbook_set_custom_property_string(book, kPropertyReviewer, reviewerUtf8.constData());
    if (result == LXW_NO_ERROR) {
        lxw_doc_properties properties{};
        properties.title = const_cast<char*>(documentTitle.constData());
        properties.subject = const_cast<char*>(subject.constData());
        properties.author = const_cast<char*>("Attest");
        result = workbook_set_properties(book, &properties);
    }
    if (result != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("Worksheet", "cannot write the workbook: %1")
                     .arg(QString::fromUtf8(lxw_strerror(result)));
        return std::nullopt;
    }
    result = workbook.close();
    if (result != LXW_NO_ERROR) {
        *error = QCoreApplication::translate("Worksheet", "cannot write the workbook: %1")
                     .arg(QString::fromUtf8(lxw_strerror(result)));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QCoreApplication::translate("Worksheet", "cannot read the written workbook: %1").arg(file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

} // namespace attest::worksheet
