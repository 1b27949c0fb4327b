import QtQuick
import QtQuick.Controls.Material
import CrmMobile

// An opportunity's stage as a pill; won / lost / on hold show the status instead.
StatusPill {
    property string stage
    property string status

    text: status === "won" || status === "lost" || status === "on_hold" ? CodeLabels.dealStatus(status)
                                                                         : CodeLabels.stage(stage)
    tint: status === "won" ? Material.color(Material.Green)
        : status === "lost" ? Material.color(Material.Grey)
        : status === "on_hold" ? Material.color(Material.Amber)
        : Material.color(Material.Indigo)
}
