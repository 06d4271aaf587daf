#include "labelstore.h"

#include "csv.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace masklens::analysis {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LabelStore", text);
}

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
                  {QStringLiteral("old"), c.oldValue},
                  {QStringLiteral("new"), c.newValue}};
    if (!c.note.isEmpty())
        o.insert(QStringLiteral("note"), c.note);
    if (!c.user.isEmpty())
        o.insert(QStringLiteral("user"), c.user);
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
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
    if (!readOnly) {
        if (!QDir().mkpath(dir))
            return Error{dir, 0, tr("cannot create the folder for the corrections journal")};
        store->m_lock = std::make_unique<QLockFile>(dir + QStringLiteral("/lock"));
        store->m_lock->setStaleLockTime(
            0); // a crashed MaskLens's lock is stale once its pid is gone
        if (!store->m_lock->tryLock(100)) {
            qint64 pid = 0;
            QString host, app;
            store->m_lock->getLockInfo(&pid, &host, &app);
            return Error{
                dir + QStringLiteral("/lock"), 0,
                tr("this dataset is open for editing in another MaskLens (%1, process %2 on %3); "
                   "close it first")
                    .arg(app)
                    .arg(pid)
                    .arg(host)};
        }
    }
    if (auto st = store->replay(); !st)
        return st.error();
    return store;
}

LabelStore::~LabelStore() = default;

Status LabelStore::replay()
{
    QFile f(m_journalPath);
    if (!f.exists())
        return Done{};
    if (!f.open(QIODevice::ReadOnly))
        return Error{m_journalPath, 0,
                     tr("cannot read the corrections journal: %1").arg(f.errorString())};
    const QByteArray all = f.readAll();
    f.close();
    qint64 goodBytes = 0; // the length of the journal up to its last complete line
    int lineNo = 0;
    qsizetype pos = 0;
    while (pos < all.size()) {
        ++lineNo;
        const qsizetype end = all.indexOf('\n', pos);
        const bool complete = end >= 0;
        const QByteArray line = all.mid(pos, (complete ? end : all.size()) - pos);
        pos = complete ? end + 1 : all.size();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!complete || !doc.isObject()) {
            if (!complete || pos >= all.size()) {
                m_problems.push_back(
                    {m_journalPath, lineNo,
                     tr("the last entry was cut short (a crash while saving?); it was dropped, "
                        "everything before it is kept")});
                break;
            }
            m_problems.push_back({m_journalPath, lineNo, tr("not a journal entry; skipped")});
            goodBytes = pos;
            continue;
        }
        goodBytes = pos;
        const QJsonObject o = doc.object();
        Correction c;
        c.seq = o.value(QStringLiteral("seq")).toInteger();
        c.time =
            QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
        c.target = o.value(QStringLiteral("target")).toString();
        const auto field = parseField(o.value(QStringLiteral("field")).toString());
        c.oldValue = o.value(QStringLiteral("old")).toString();
        c.newValue = o.value(QStringLiteral("new")).toString();
        c.note = o.value(QStringLiteral("note")).toString();
        c.user = o.value(QStringLiteral("user")).toString();
        if (!field) {
            m_problems.push_back({m_journalPath, lineNo,
                                  tr("unknown field '%1'; skipped")
                                      .arg(o.value(QStringLiteral("field")).toString())});
            continue;
        }
        c.field = *field;
        const bool known = isPersonField(c.field) ? m_dataset->findPerson(c.target) >= 0
                                                  : m_dataset->findSample(c.target) >= 0;
        if (!known) {
            m_problems.push_back(
                {m_journalPath, lineNo, tr("'%1' is not in this dataset; skipped").arg(c.target)});
            continue;
        }
        applyToState(c);
        m_corrections.push_back(c);
    }
    // Cut a torn tail off, so the next entry starts on a line of its own.
    if (!m_readOnly && goodBytes < all.size()) {
        if (::truncate(QFile::encodeName(m_journalPath).constData(), goodBytes) != 0)
            return Error{m_journalPath, 0, tr("cannot repair the corrections journal")};
    }
    return Done{};
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

Result<Correction> LabelStore::set(const QString &target, LabelField field, const QString &value,
                                   const QString &note)
{
    if (m_readOnly)
        return Error{m_journalPath, 0, tr("the labels are open read-only")};
    Correction c;
    c.target = target;
    c.field = field;
    c.note = note;
    c.user = qEnvironmentVariable("USER");
    c.time = QDateTime::currentDateTimeUtc();
    c.seq = m_corrections.empty() ? 1 : m_corrections.back().seq + 1;
    // Validate, and find the value in force before this edit.
    if (isPersonField(field)) {
        const int p = m_dataset->findPerson(target);
        if (p < 0)
            return Error{target, 0, tr("no person folder '%1' in train.csv").arg(target)};
        const Person &person = m_dataset->people[p];
        if (field == LabelField::Gender) {
            const auto g = parseGender(value);
            if (!g)
                return Error{target, 0, tr("gender must be male or female, not '%1'").arg(value)};
            c.newValue = genderName(*g);
            c.oldValue = currentValue(target, field);
            if (c.oldValue.isEmpty())
                c.oldValue = genderName(person.gender);
        } else {
            bool ok = false;
            const int age = value.trimmed().toInt(&ok);
            if (!ok || age < kMinAge || age > kMaxAge)
                return Error{target, 0,
                             tr("age must be a whole number of years, not '%1'").arg(value)};
            c.newValue = QString::number(age);
            c.oldValue = currentValue(target, field);
            if (c.oldValue.isEmpty())
                c.oldValue = QString::number(person.age);
        }
    } else {
        const int s = m_dataset->findSample(target);
        if (s < 0)
            return Error{target, 0,
                         tr("no image '%1' in this dataset (expected FOLDER/FILE)").arg(target)};
        c.target = m_dataset->relativePath(s); // the file's real name, extension and all
        if (field == LabelField::Mask) {
            const auto m = parseMaskState(value);
            if (!m)
                return Error{target, 0,
                             tr("mask must be wear, incorrect or normal, not '%1'").arg(value)};
            c.newValue = maskStateName(*m);
            c.oldValue = currentValue(c.target, field);
            if (c.oldValue.isEmpty())
                c.oldValue = maskStateName(m_dataset->samples[s].mask());
        } else {
            const QString v = value.trimmed().toLower();
            if (v != u"true" && v != u"false")
                return Error{target, 0, tr("%1 must be true or false").arg(labelFieldName(field))};
            c.newValue = v;
            c.oldValue = currentValue(c.target, field);
            if (c.oldValue.isEmpty())
                c.oldValue = QStringLiteral("false");
        }
    }

    // Append and fsync before reporting success: an acknowledged edit survives a crash.
    const QByteArray line = toLine(c);
    const int fd = ::open(QFile::encodeName(m_journalPath).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{m_journalPath, 0, tr("cannot open the corrections journal for writing")};
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n =
            ::write(fd, line.constData() + written, std::size_t(line.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    const bool durable = written == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!durable)
        return Error{m_journalPath, 0, tr("the correction could not be saved (disk full?)")};
    applyToState(c);
    m_corrections.push_back(c);
    return c;
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
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{file, 0, tr("cannot write: %1").arg(out.errorString())};
    QByteArray text = "id,gender,race,age,path\n";
    for (const Person &p : ds.people)
        text += csvField(p.id).toUtf8() + ',' + genderName(p.gender).toUtf8() + ',' +
                csvField(p.race).toUtf8() + ',' + QByteArray::number(p.age) + ',' +
                csvField(p.folder).toUtf8() + '\n';
    out.write(text);
    if (!out.commit())
        return Error{file, 0, tr("cannot write: %1").arg(out.errorString())};
    return Done{};
}

Status LabelStore::exportReport(const QString &file) const
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{file, 0, tr("cannot write: %1").arg(out.errorString())};
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
        if (entry.first->oldValue == entry.second->newValue)
            continue; // changed and changed back
        text += csvField(key.first).toUtf8() + ',' + key.second.toUtf8() + ',' +
                csvField(entry.first->oldValue).toUtf8() + ',' +
                csvField(entry.second->newValue).toUtf8() + ',' +
                entry.second->time.toString(Qt::ISODate).toUtf8() + ',' +
                csvField(entry.second->note).toUtf8() + '\n';
    }
    out.write(text);
    if (!out.commit())
        return Error{file, 0, tr("cannot write: %1").arg(out.errorString())};
    return Done{};
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
