import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// "not yet synced": shown on records with local edits the server has not ruled on.
Label {
    text: qsTr("not yet synced")
    font.pixelSize: 12
    color: Material.color(Material.DeepOrange)
}
