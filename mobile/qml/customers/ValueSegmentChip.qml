import QtQuick
import QtQuick.Controls.Material

// A customer's value segment (A / B / C, Pareto over the company) with its score, as a pill.
StatusPill {
    property string segment
    property var score  // number, or undefined when not scored yet
    property bool showScore: true

    objectName: "valueSegmentChip"
    text: segment === "" ? ""
        : showScore && score !== undefined && score !== null ? qsTr("%1 · %2").arg(segment).arg(Number(score).toFixed(0))
        : segment
    tint: segment === "A" ? Material.color(Material.Indigo)
        : segment === "B" ? Material.color(Material.Teal)
        : Material.color(Material.BlueGrey)
}
