import QtQuick
import QtQuick.Controls.Material
import CrmMobile

// A customer's lifecycle (potential / active / lost) as a coloured pill.
StatusPill {
    property string lifecycle

    text: lifecycle === "" ? "" : CodeLabels.lifecycle(lifecycle)
    tint: lifecycle === "active" ? Material.color(Material.Green)
        : lifecycle === "lost" ? Material.color(Material.Grey)
        : Material.color(Material.Orange)
}
