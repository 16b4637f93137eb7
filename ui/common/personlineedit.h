#pragma once

#include "domain/personresolver.h"

#include <QLineEdit>

#include <memory>

namespace attest {

class PersonListModel;

// A field naming one person of the snapshot (an owner, a reviewer, an approver): completes over
// the people as "Name — login — mail" and turns what was picked or typed into one identity through
// the core's PersonResolver, so the console accepts exactly what the command line does.
class PersonLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonLineEdit)

public:
    explicit PersonLineEdit(QWidget* parent = nullptr);

    void setPeople(std::shared_ptr<const PersonResolver> people);
    const PersonResolver* people() const { return m_people.get(); }

    // The identity the field names (an index into the people), or PersonResolver::kNone with
    // *error: nobody, or the candidates.
    quint32 person(QString* error) const;
    // Shows someone: their label, remembered as picked.
    void setPerson(quint32 index);

private:
    std::shared_ptr<const PersonResolver> m_people;
    PersonListModel* m_model;
    QString m_pickedKey;   // picked from the completer…
    QString m_pickedLabel; // …while the text still reads as it did then
};

} // namespace attest
