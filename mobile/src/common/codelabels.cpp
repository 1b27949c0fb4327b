#include "common/codelabels.h"

#include <QHash>

namespace {

QString lookup(const QHash<QString, QString>& words, const QString& code) { return words.value(code, code); }

}  // namespace

CodeLabels::CodeLabels(QObject* parent) : QObject(parent) {}

QString CodeLabels::stage(const QString& code) const {
    return lookup({{QStringLiteral("discovery"), tr("Discovery")},
                   {QStringLiteral("qualification"), tr("Qualification")},
                   {QStringLiteral("proposal"), tr("Proposal")},
                   {QStringLiteral("negotiation"), tr("Negotiation")},
                   {QStringLiteral("closing"), tr("Closing")}},
                  code);
}

QString CodeLabels::dealStatus(const QString& code) const {
    return lookup({{QStringLiteral("following"), tr("Following")},
                   {QStringLiteral("on_hold"), tr("On hold")},
                   {QStringLiteral("won"), tr("Won")},
                   {QStringLiteral("lost"), tr("Lost")}},
                  code);
}

QString CodeLabels::leadStatus(const QString& code) const {
    return lookup({{QStringLiteral("new"), tr("New")},
                   {QStringLiteral("contacted"), tr("Contacted")},
                   {QStringLiteral("qualified"), tr("Qualified")},
                   {QStringLiteral("converted"), tr("Converted")},
                   {QStringLiteral("invalid"), tr("Invalid")}},
                  code);
}

QString CodeLabels::priority(const QString& code) const {
    return lookup({{QStringLiteral("low"), tr("Low")},
                   {QStringLiteral("normal"), tr("Normal")},
                   {QStringLiteral("high"), tr("High")}},
                  code);
}

QString CodeLabels::lifecycle(const QString& code) const {
    return lookup({{QStringLiteral("potential"), tr("Potential")},
                   {QStringLiteral("active"), tr("Active")},
                   {QStringLiteral("lost"), tr("Lost", "customer lifecycle")}},
                  code);
}

QString CodeLabels::entity(const QString& code) const {
    return lookup({{QStringLiteral("lead"), tr("Lead")},
                   {QStringLiteral("customer"), tr("Customer")},
                   {QStringLiteral("contact"), tr("Contact")}},
                  code);
}
