#include "personlineedit.h"

#include "personlistmodel.h"

#include <QCompleter>

namespace attest {

PersonLineEdit::PersonLineEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_model(new PersonListModel(this))
{
    setPlaceholderText(tr("Name, login, mail or identity key"));
    auto* completer = new QCompleter(m_model, this);
    completer->setObjectName(QStringLiteral("personCompleter"));
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    // Typing a surname, a login or part of a mail finds the person: the label holds all three.
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    connect(completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        m_pickedKey = index.data(PersonListModel::KeyRole).toString();
        m_pickedLabel = index.data(Qt::DisplayRole).toString();
    });
}

void PersonLineEdit::setPeople(std::shared_ptr<const PersonResolver> people)
{
    m_people = std::move(people);
    m_model->setPeople(m_people);
    m_pickedKey.clear();
    m_pickedLabel.clear();
}

void PersonLineEdit::setPerson(quint32 index)
{
    if (!m_people || index >= m_people->size())
        return;
    m_pickedKey = m_people->identity(index).key;
    m_pickedLabel = m_people->label(index);
    setText(m_pickedLabel);
}

quint32 PersonLineEdit::person(QString* error) const
{
    if (!m_people) {
        *error = tr("No snapshot is open: there is nobody to choose from.");
        return PersonResolver::kNone;
    }
    if (!m_pickedKey.isEmpty() && text() == m_pickedLabel) {
        const quint32 picked = m_people->byKey(m_pickedKey);
        if (picked != PersonResolver::kNone)
            return picked;
    }
    return m_people->resolve(text(), error);
}

} // namespace attest
