import QtQuick
import QtQuick.Controls.Material
import CrmMobile

// A lead's status as a pill.
StatusPill {
    property string status

    text: status === "" ? "" : CodeLabels.leadStatus(status)
    tint: status === "converted" ? Material.color(Material.Green)
        : status === "invalid" ? Material.color(Material.Grey)
        : status === "qualified" ? Material.color(Material.Indigo)
        : Material.color(Material.Orange)
}
