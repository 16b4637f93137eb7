#pragma once

#include "analysis/analysis.h"

#include <QTreeWidget>

namespace attest {

// Every measure of the dashboard by section, with its value, its accepted exceptions and its
// definition, and the changes since the compared snapshot. Choosing one asks for its list.
class MeasureTree final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureTree)

public:
    explicit MeasureTree(QWidget* parent = nullptr);

    void populate(const analysis::Analysis& analysis);

Q_SIGNALS:
    void measureChosen(analysis::MeasureId id);
};

} // namespace attest
