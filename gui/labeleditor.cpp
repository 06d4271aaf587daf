// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeleditor.h"

#include <set>

namespace masklens::gui {

using namespace analysis;

class LabelEditor::Command : public QUndoCommand
{
public:
    Command(LabelEditor *editor, const QString &text, std::vector<Change> changes)
        : QUndoCommand(text), m_editor(editor), m_changes(std::move(changes))
    {
    }
    void redo() override
    {
        if (!m_first) // the first redo is the edit itself, written by push()
            m_editor->write(m_changes, true);
        m_first = false;
    }
    void undo() override { m_editor->write(m_changes, false); }

private:
    LabelEditor *m_editor;
    std::vector<Change> m_changes;
    bool m_first = true;
};

LabelEditor::LabelEditor(QObject *parent) : QObject(parent) {}
LabelEditor::~LabelEditor() = default;

void LabelEditor::setStore(LabelStore *store, const Dataset *original)
{
    m_undo.clear();
    m_store = store;
    m_original = original;
}

QString LabelEditor::current(const QString &target, LabelField field) const
{
    const QString v = m_store->currentValue(target, field);
    if (!v.isEmpty())
        return v;
    // Never corrected: the value in train.csv / the file name.
    switch (field) {
    case LabelField::Gender:
        return genderName(m_original->people[m_original->findPerson(target)].gender);
    case LabelField::Age:
        return QString::number(m_original->people[m_original->findPerson(target)].age);
    case LabelField::Mask:
        return maskStateName(m_original->samples[m_original->findSample(target)].mask());
    case LabelField::Excluded:
    case LabelField::Reviewed:
        break;
    }
    return QStringLiteral("false");
}

bool LabelEditor::write(const std::vector<Change> &changes, bool forward)
{
    for (const Change &c : changes) {
        const auto result = m_store->set(c.target, c.field, forward ? c.after : c.before,
                                         forward ? QString() : tr("undo"));
        if (!result) {
            m_lastError = result.error().toString();
            Q_EMIT failed(m_lastError);
            Q_EMIT labelsChanged();
            return false;
        }
    }
    Q_EMIT labelsChanged();
    return true;
}

bool LabelEditor::push(const QString &text, std::vector<Change> changes)
{
    if (!m_store) {
        m_lastError = tr("editing is off: this dataset is open in another MaskLens");
        Q_EMIT failed(m_lastError);
        return false;
    }
    std::erase_if(changes, [](const Change &c) { return c.before == c.after; });
    if (changes.empty())
        return true;
    if (!write(changes, true))
        return false;
    m_undo.push(new Command(this, text, std::move(changes)));
    return true;
}

namespace {
std::set<int> peopleOf(const Dataset &ds, const QList<int> &samples)
{
    std::set<int> people;
    for (int s : samples)
        if (s >= 0 && s < int(ds.samples.size()))
            people.insert(ds.samples[s].person);
    return people;
}
} // namespace

bool LabelEditor::setMask(const QList<int> &samples, MaskState mask)
{
    if (!m_store)
        return push({}, {});
    std::vector<Change> changes;
    for (int s : samples) {
        const QString key = m_original->relativePath(s);
        changes.push_back(
            {key, LabelField::Mask, current(key, LabelField::Mask), maskStateName(mask)});
    }
    return push(
        tr("Set mask state of %1 image(s) to %2").arg(samples.size()).arg(maskStateName(mask)),
        std::move(changes));
}

bool LabelEditor::setGender(const QList<int> &samples, Gender gender)
{
    if (!m_store)
        return push({}, {});
    std::vector<Change> changes;
    const auto people = peopleOf(*m_original, samples);
    for (int p : people) {
        const QString folder = m_original->people[p].folder;
        changes.push_back(
            {folder, LabelField::Gender, current(folder, LabelField::Gender), genderName(gender)});
    }
    return push(tr("Set gender of %1 person(s) to %2").arg(people.size()).arg(genderName(gender)),
                std::move(changes));
}

bool LabelEditor::setAgeBand(const QList<int> &samples, AgeBand band, const AgeBands &bands)
{
    if (!m_store)
        return push({}, {});
    std::vector<Change> changes;
    const auto people = peopleOf(*m_original, samples);
    for (int p : people) {
        const QString folder = m_original->people[p].folder;
        const QString before = current(folder, LabelField::Age);
        int age = before.toInt();
        if (bands.bandOf(age) != band) // the nearest age inside the band: where the doubt was
            age = band == AgeBand::Young
                      ? bands.middleFrom - 1
                      : (band == AgeBand::Old
                             ? bands.oldFrom
                             : (age < bands.middleFrom ? bands.middleFrom : bands.oldFrom - 1));
        changes.push_back({folder, LabelField::Age, before, QString::number(age)});
    }
    return push(
        tr("Set age band of %1 person(s) to %2").arg(people.size()).arg(ageBandName(band, bands)),
        std::move(changes));
}

bool LabelEditor::setFlag(const QList<int> &samples, LabelField field, bool on, const QString &text)
{
    if (!m_store)
        return push({}, {});
    std::vector<Change> changes;
    const QString value = on ? QStringLiteral("true") : QStringLiteral("false");
    for (int s : samples) {
        const QString key = m_original->relativePath(s);
        changes.push_back({key, field, current(key, field), value});
    }
    return push(text, std::move(changes));
}

bool LabelEditor::setExcluded(const QList<int> &samples, bool excluded)
{
    return setFlag(samples, LabelField::Excluded, excluded,
                   excluded ? tr("Exclude %1 image(s) from training").arg(samples.size())
                            : tr("Include %1 image(s) again").arg(samples.size()));
}

bool LabelEditor::setReviewed(const QList<int> &samples, bool reviewed)
{
    return setFlag(samples, LabelField::Reviewed, reviewed,
                   tr("Mark %1 image(s) reviewed").arg(samples.size()));
}

bool LabelEditor::swapIncorrectNormal(const QList<int> &samples)
{
    if (!m_store)
        return push({}, {});
    std::vector<Change> changes;
    const auto people = peopleOf(*m_original, samples);
    for (int p : people) {
        const Person &person = m_original->people[p];
        const int incorrect = person.images[kIncorrectStem], normal = person.images[kNormalStem];
        if (incorrect < 0 || normal < 0)
            continue;
        const QString a = m_original->relativePath(incorrect), b = m_original->relativePath(normal);
        const QString va = current(a, LabelField::Mask), vb = current(b, LabelField::Mask);
        changes.push_back({a, LabelField::Mask, va, vb});
        changes.push_back({b, LabelField::Mask, vb, va});
    }
    return push(tr("Swap incorrect/normal for %1 person(s)").arg(people.size()),
                std::move(changes));
}

bool LabelEditor::revert(const Correction &c)
{
    if (!m_store)
        return push({}, {});
    return push(tr("Revert %1 of %2").arg(labelFieldName(c.field), c.target),
                {{c.target, c.field, current(c.target, c.field), c.previousValue}});
}

} // namespace masklens::gui
