#include "common/jsonvariant.h"

#include <QVariantList>
#include <QVariantMap>

namespace JsonVariant {

QString toQString(const std::string& text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

std::string toStd(const QString& text) { return text.toUtf8().toStdString(); }

QString text(const nlohmann::json& record, const char* field) {
    if (!record.is_object()) return {};
    const auto it = record.find(field);
    if (it == record.end() || it->is_null()) return {};
    if (it->is_string()) return toQString(it->get_ref<const std::string&>());
    if (it->is_array()) {
        QStringList parts;
        for (const auto& item : *it) parts << (item.is_string() ? toQString(item.get<std::string>()) : toQString(item.dump()));
        return parts.join(QStringLiteral(", "));
    }
    return toQString(it->dump());
}

QVariant toVariant(const nlohmann::json& value) {
    switch (value.type()) {
    case nlohmann::json::value_t::string: return toQString(value.get_ref<const std::string&>());
    case nlohmann::json::value_t::boolean: return value.get<bool>();
    case nlohmann::json::value_t::number_integer: return qlonglong(value.get<std::int64_t>());
    case nlohmann::json::value_t::number_unsigned: return qulonglong(value.get<std::uint64_t>());
    case nlohmann::json::value_t::number_float: return value.get<double>();
    case nlohmann::json::value_t::array: {
        QVariantList list;
        for (const auto& item : value) list << toVariant(item);
        return list;
    }
    case nlohmann::json::value_t::object: {
        QVariantMap map;
        for (const auto& [key, item] : value.items()) map.insert(toQString(key), toVariant(item));
        return map;
    }
    default: return {};
    }
}

QDateTime parseTimestamp(const QString& iso) {
    if (iso.isEmpty()) return {};
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(iso, Qt::ISODate);
    return t;
}

QString displayTime(const QString& iso) {
    const QDateTime t = parseTimestamp(iso);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

}  // namespace JsonVariant
