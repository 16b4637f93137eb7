#pragma once

#include "domain/personresolver.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;

namespace attest {

class PersonLineEdit;

// Asks whom to give review items to and why. The reviewer is picked among the snapshot's people
// (completion by name, login or mail); an unknown or ambiguous entry is refused in the dialog,
// with the candidates, and the dialog stays open.
class ReassignDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReassignDialog)

public:
    ReassignDialog(const QString& prompt, std::shared_ptr<const PersonResolver> people, QWidget* parent = nullptr);

    QString reviewerKey() const { return m_key; } // the identity picked, once accepted
    QString reason() const;

    void accept() override;

private:
    PersonLineEdit* m_to;
    QLineEdit* m_reason;
    QLabel* m_error;
    QString m_key;
};

} // namespace attest
