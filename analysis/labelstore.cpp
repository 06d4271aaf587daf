// SPDX-FileCopyrightText: 2026 The MaskLens developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelstore.h"

#include "csv.h"
#include "safefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

namespace masklens::analysis {

namespace {

/// lupdate files every Tr::tr() text under "LabelStore", the context the translator looks up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LabelStore)
};

std::optional<LabelField> parseField(const QString &name)
{
    for (LabelField f : {LabelField::Gender, LabelField::Age, LabelField::Mask,
                         LabelField::Excluded, LabelField::Reviewed})
        if (labelFieldName(f) == name)
            return f;
    return std::nullopt;
}

bool isPersonField(LabelField f)
{
    return f == LabelField::Gender || f == LabelField::Age;
}

QByteArray toLine(const Correction &c)
{
    QJsonObject o{{QStringLiteral("seq"), c.seq},
                  {QStringLiteral("time"), c.time.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("target"), c.target},
                  {QStringLiteral("field"), labelFieldName(c.field)},
                  {QStringLiteral("old"), c.previousValue},
                  {QStringLiteral("new"), c.newValue}};
    if (!c.note.isEmpty())
        o.insert(QStringLiteral("note"), c.note);
    if (!c.user.isEmpty())
        o.insert(QStringLiteral("user"), c.user);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

/// Why `value` cannot be a value of `field`, or empty when it can.
QString invalidValue(LabelField field, const QString &value)
{
    switch (field) {
    case LabelField::Gender:
        if (!parseGender(value))
            return Tr::tr("gender must be male or female, not '%1'").arg(value);
        break;
    case LabelField::Age: {
        bool ok = false;
        const int age = value.trimmed().toInt(&ok);
        if (!ok || age < kMinAge || age > kMaxAge)
            return Tr::tr("age must be a whole number of years from %1 to %2, not '%3'")
                .arg(kMinAge)
                .arg(kMaxAge)
                .arg(value);
        break;
    }
    case LabelField::Mask:
        if (!parseMaskState(value))
            return Tr::tr("mask must be wear, incorrect or normal, not '%1'").arg(value);
        break;
    case LabelField::Excluded:
    case LabelField::Reviewed: {
        const QString v = value.trimmed().toLower();
        if (v != u"true" && v != u"false")
            return Tr::tr("%1 must be true or false, not '%2'").arg(labelFieldName(field), value);
        break;
    }
    }
    return {};
}

/// The value as the journal writes it (valid input assumed).
QString normalizedValue(LabelField field, const QString &value)
{
    switch (field) {
    case LabelField::Gender:
        return genderName(*parseGender(value));
    case LabelField::Age:
        return QString::number(value.trimmed().toInt());
    case LabelField::Mask:
        return maskStateName(*parseMaskState(value));
    case LabelField::Excluded:
    case LabelField::Reviewed:
        break;
    }
    return value.trimmed().toLower();
}

} // namespace

QString labelFieldName(LabelField f)
{
    switch (f) {
    case LabelField::Gender:
        return QStringLiteral("gender");
    case LabelField::Age:
        return QStringLiteral("age");
    case LabelField::Mask:
        return QStringLiteral("mask");
    case LabelField::Excluded:
        return QStringLiteral("excluded");
    case LabelField::Reviewed:
        break;
    }
    return QStringLiteral("reviewed");
}

Result<std::unique_ptr<LabelStore>> LabelStore::open(const Dataset &dataset, bool readOnly)
{
    std::unique_ptr<LabelStore> store(new LabelStore);
    store->m_dataset = &dataset;
    store->m_readOnly = readOnly;
    const QString dir = dataset.root + QStringLiteral("/.masklens");
    store->m_journalPath = dir + QStringLiteral("/corrections.jsonl");
    // The journal lives inside the dataset: a link planted for .masklens or the journal would
    // make MaskLens cut and append to a file elsewhere.
    for (const QString &path : {dir, store->m_journalPath})
        if (isSymbolicLink(path))
            return Error{path, 0,
                         Tr::tr("is a symbolic link; MaskLens keeps its corrections only in a real "
                                "file inside the dataset (remove the link)")};
    if (!readOnly) {
        if (!QDir().mkpath(dir))
            return Error{dir, 0, Tr::tr("cannot create the folder for the corrections journal")};
        const QString lockPath = dir + QStringLiteral("/lock");
        store->m_lock = std::make_unique<QLockFile>(lockPath);
        store->m_lock->setStaleLockTime(
            0); // a crashed MaskLens's lock is stale once its pid is gone
        if (!store->m_lock->tryLock(100)) {
            qint64 pid = 0;
            QString host, app;
            if (store->m_lock->error() == QLockFile::LockFailedError &&
                store->m_lock->getLockInfo(&pid, &host, &app) && pid > 0)
                return Error{lockPath, 0,
                             Tr::tr("this dataset is open for editing in another MaskLens (%1, "
                                    "process %2 on %3); close it first")
                                 .arg(app.isEmpty() ? Tr::tr("unknown program") : app)
                                 .arg(pid)
                                 .arg(host.isEmpty() ? Tr::tr("an unknown computer") : host)};
            if (store->m_lock->error() == QLockFile::LockFailedError)
                return Error{
                    lockPath, 0,
                    Tr::tr("this dataset is locked for editing, but the lock file names no "
                           "program; if no other MaskLens has it open, delete the lock "
                           "file")};
            return Error{
                lockPath, 0,
                Tr::tr("cannot take the editing lock (no permission to write in %1?)").arg(dir)};
        }
    }
    if (auto st = store->replay(); !st)
        return st.error();
    return store;
}

LabelStore::~LabelStore() = default;

Status LabelStore::replay()
{
    if (!QFileInfo::exists(m_journalPath) && !isSymbolicLink(m_journalPath))
        return Done{};
    const auto read = readRegularFile(m_journalPath, kMaxTextFileBytes, LinkPolicy::Refuse);
    if (!read)
        return read.error();
    const QByteArray &all = *read;
    qint64 goodBytes = 0; // the length of the journal up to its last complete line
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < all.size()) {
        ++lineNo;
        const qsizetype end = all.indexOf('\n', pos);
        if (end < 0) {
            // Only a tail without its newline is a torn write (append() writes the line and
            // its newline in one call): drop it and cut it off. A complete line that does not
            // parse was written whole by someone; it is reported and kept.
            m_problems.push_back({m_journalPath, lineNo,
                                  Tr::tr("the last entry was cut short (a crash while saving?); it "
                                         "was dropped, everything before it is kept")});
            break;
        }
        const QByteArray line = all.mid(pos, end - pos);
        pos = end + 1;
        goodBytes = pos;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            addProblem({m_journalPath, lineNo, Tr::tr("not a journal entry; skipped")});
            continue;
        }
        const QJsonObject o = doc.object();
        Correction c;
        const QJsonValue seq = o.value(QStringLiteral("seq"));
        c.seq = seq.toInteger(-1);
        c.time =
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        c.target = o.value(QStringLiteral("target")).toString();
        const auto field = parseField(o.value(QStringLiteral("field")).toString());
        c.previousValue = o.value(QStringLiteral("old")).toString();
        c.newValue = o.value(QStringLiteral("new")).toString();
        c.note = o.value(QStringLiteral("note")).toString();
        c.user = o.value(QStringLiteral("user")).toString();
        if (c.seq > m_lastSeq)
            m_lastSeq = c.seq;
        if (!field) {
            addProblem({m_journalPath, lineNo,
                        Tr::tr("unknown field '%1'; skipped")
                            .arg(o.value(QStringLiteral("field")).toString())});
            continue;
        }
        c.field = *field;
        if (c.seq <= 0) {
            addProblem(
                {m_journalPath, lineNo, Tr::tr("the entry has no valid sequence number; skipped")});
            continue;
        }
        const bool known = isPersonField(c.field) ? m_dataset->findPerson(c.target) >= 0
                                                  : m_dataset->findSample(c.target) >= 0;
        if (!known) {
            addProblem({m_journalPath, lineNo,
                        Tr::tr("'%1' is not in this dataset; skipped").arg(c.target)});
            continue;
        }
        // A value that set() would refuse is refused here too: the journal is a file anyone
        // can edit, and an age of -5 must not reach the counts, the trainer or an export.
        if (const QString bad = invalidValue(c.field, c.newValue); !bad.isEmpty()) {
            addProblem({m_journalPath, lineNo, bad + Tr::tr("; skipped")});
            continue;
        }
        c.newValue = normalizedValue(c.field, c.newValue);
        if (!m_corrections.empty() && c.seq <= m_corrections.back().seq)
            addProblem({m_journalPath, lineNo,
                        Tr::tr("sequence number %1 does not follow %2 (entries copied in from "
                               "another journal?); applied in file order")
                            .arg(c.seq)
                            .arg(m_corrections.back().seq)});
        applyToState(c);
        m_corrections.push_back(c);
    }
    if (m_droppedProblems > 0)
        m_problems.push_back(
            {m_journalPath, 0,
             QCoreApplication::translate("LabelStore", "%n more problem(s) not listed", nullptr,
                                         int(m_droppedProblems))});
    // Cut a torn tail off, so the next entry starts on a line of its own.
    if (!m_readOnly && goodBytes < all.size()) {
        const int fd =
            ::open(QFile::encodeName(m_journalPath).constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
        const bool cut = fd >= 0 && ::ftruncate(fd, goodBytes) == 0 && ::fsync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        if (!cut)
            return Error{m_journalPath, 0, Tr::tr("cannot repair the corrections journal")};
    }
    return Done{};
}

void LabelStore::addProblem(Problem problem)
{
    if (m_problems.size() >= kMaxListedProblems) {
        ++m_droppedProblems;
        return;
    }
    m_problems.push_back(std::move(problem));
}

void LabelStore::applyToState(const Correction &c)
{
    switch (c.field) {
    case LabelField::Gender:
        m_gender[c.target] = c.newValue;
        break;
    case LabelField::Age:
        m_age[c.target] = c.newValue;
        break;
    case LabelField::Mask:
        m_mask[c.target] = c.newValue;
        break;
    case LabelField::Excluded:
        m_excluded[c.target] = c.newValue;
        break;
    case LabelField::Reviewed:
        if (c.newValue == u"true")
            m_reviewed.insert(c.target);
        else
            m_reviewed.erase(c.target);
        break;
    }
}

QString LabelStore::currentValue(const QString &target, LabelField field) const
{
    const std::map<QString, QString> *m = nullptr;
    switch (field) {
    case LabelField::Gender:
        m = &m_gender;
        break;
    case LabelField::Age:
        m = &m_age;
        break;
    case LabelField::Mask:
        m = &m_mask;
        break;
    case LabelField::Excluded:
        m = &m_excluded;
        break;
    case LabelField::Reviewed:
        return m_reviewed.count(target) ? QStringLiteral("true") : QString();
    }
    const auto it = m->find(target);
    return it == m->end() ? QString() : it->second;
}

Result<Correction> LabelStore::prepare(const QString &target, LabelField field,
                                       const QString &value, const QString &note, qint64 seq) const
{
    if (m_readOnly)
        return Error{m_journalPath, 0, Tr::tr("the labels are open read-only")};
    Correction c;
    c.target = target;
    c.field = field;
    c.note = note;
    c.user = qEnvironmentVariable("USER");
    c.time = QDateTime::currentDateTimeUtc();
    c.seq = seq;
    if (const QString bad = invalidValue(field, value); !bad.isEmpty())
        return Error{target, 0, bad};
    c.newValue = normalizedValue(field, value);
    // Find the value in force before this edit.
    if (isPersonField(field)) {
        const int p = m_dataset->findPerson(target);
        if (p < 0)
            return Error{target, 0, Tr::tr("no person folder '%1' in train.csv").arg(target)};
        const Person &person = m_dataset->people[p];
        c.previousValue = currentValue(target, field);
        if (c.previousValue.isEmpty())
            c.previousValue = field == LabelField::Gender ? genderName(person.gender)
                                                          : QString::number(person.age);
    } else {
        const int s = m_dataset->findSample(target);
        if (s < 0)
            return Error{
                target, 0,
                Tr::tr("no image '%1' in this dataset (expected FOLDER/FILE)").arg(target)};
        c.target = m_dataset->relativePath(s); // the file's real name, extension and all
        c.previousValue = currentValue(c.target, field);
        if (c.previousValue.isEmpty())
            c.previousValue = field == LabelField::Mask
                                  ? maskStateName(m_dataset->samples[s].mask())
                                  : QStringLiteral("false");
    }
    return c;
}

Result<Correction> LabelStore::set(const QString &target, LabelField field, const QString &value,
                                   const QString &note)
{
    auto all = setAll({{target, field, value}}, note);
    if (!all)
        return all.error();
    return all->front();
}

Result<std::vector<Correction>> LabelStore::setAll(const std::vector<Edit> &edits,
                                                   const QString &note)
{
    // Every edit is checked before anything is written: a bad age never leaves the gender
    // given with it saved alone.
    std::vector<Correction> prepared;
    QByteArray lines;
    for (const Edit &e : edits) {
        auto c = prepare(e.target, e.field, e.value, note, m_lastSeq + 1 + qint64(prepared.size()));
        if (!c)
            return c.error();
        lines += toLine(*c);
        prepared.push_back(*c);
    }
    if (prepared.empty())
        return prepared;
    // Append and fsync before reporting success: an acknowledged edit survives a crash. The
    // lines go in one write, so a crash keeps all of them or cuts the last one short.
    if (auto st = appendDurably(m_journalPath, lines); !st)
        return Error{m_journalPath, 0,
                     Tr::tr("the correction could not be saved: %1").arg(st.error().message)};
    for (const Correction &c : prepared) {
        applyToState(c);
        m_corrections.push_back(c);
        m_lastSeq = c.seq;
    }
    return prepared;
}

Dataset LabelStore::apply(const Dataset &original) const
{
    Dataset ds = original;
    for (const auto &[folder, value] : m_gender)
        if (const int p = ds.findPerson(folder); p >= 0)
            if (const auto g = parseGender(value))
                ds.people[p].gender = *g;
    for (const auto &[folder, value] : m_age)
        if (const int p = ds.findPerson(folder); p >= 0)
            ds.people[p].age = value.toInt();
    for (const auto &[key, value] : m_mask)
        if (const int s = ds.findSample(key); s >= 0)
            if (const auto m = parseMaskState(value))
                ds.samples[s].maskLabel = int(*m);
    for (const auto &[key, value] : m_excluded)
        if (const int s = ds.findSample(key); s >= 0)
            ds.samples[s].excluded = value == u"true";
    return ds;
}

Status LabelStore::exportTrainCsv(const Dataset &original, const QString &file) const
{
    const Dataset ds = apply(original);
    QByteArray text = "id,gender,race,age,path\n";
    for (const Person &p : ds.people)
        text += csvField(p.id).toUtf8() + ',' + genderName(p.gender).toUtf8() + ',' +
                csvField(p.race).toUtf8() + ',' + QByteArray::number(p.age) + ',' +
                csvField(p.folder).toUtf8() + '\n';
    return writeFileAtomically(file, text, LinkPolicy::Follow);
}

Status LabelStore::exportReport(const QString &file) const
{
    // The first old value and the latest new value of each corrected field.
    std::map<std::pair<QString, QString>, std::pair<const Correction *, const Correction *>>
        changes;
    for (const Correction &c : m_corrections) {
        auto &entry = changes[{c.target, labelFieldName(c.field)}];
        if (!entry.first)
            entry.first = &c;
        entry.second = &c;
    }
    QByteArray text = "target,field,original,corrected,time,note\n";
    for (const auto &[key, entry] : changes) {
        if (entry.first->previousValue == entry.second->newValue)
            continue; // changed and changed back
        text += csvField(key.first).toUtf8() + ',' + key.second.toUtf8() + ',' +
                csvField(entry.first->previousValue).toUtf8() + ',' +
                csvField(entry.second->newValue).toUtf8() + ',' +
                entry.second->time.toString(Qt::ISODate).toUtf8() + ',' +
                csvField(entry.second->note).toUtf8() + '\n';
    }
    return writeFileAtomically(file, text, LinkPolicy::Follow);
}

Result<Dataset> datasetWithCorrections(const Dataset &original, std::vector<Problem> *problems,
                                       qint64 *labelsVersion)
{
    auto store = LabelStore::open(original, /*readOnly=*/true);
    if (!store)
        return store.error();
    if (problems)
        *problems = (*store)->problems();
    if (labelsVersion)
        *labelsVersion = (*store)->version();
    return (*store)->apply(original);
}

} // namespace masklens::analysis
