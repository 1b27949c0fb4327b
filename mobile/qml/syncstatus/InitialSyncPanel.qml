import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// Covers the pages during the first sync after sign-in, while the whole book is downloaded:
// records and pages received so far, with a progress bar (indeterminate: the server sends
// pages until done, without a total).
Rectangle {
    id: panel

    required property SyncProgressState progress

    objectName: "initialSyncPanel"
    color: Material.background

    // Swallow taps: the pages below are still empty.
    MouseArea { anchors.fill: parent }

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 64
        spacing: 16

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: 22
            font.bold: true
            color: Material.primary
            text: qsTr("Downloading your customers")
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.7
            text: qsTr("The first sync brings your whole book onto this phone, so that it works without a network. This happens once.")
        }
        ProgressBar {
            objectName: "initialSyncBar"
            Layout.fillWidth: true
            indeterminate: panel.progress.fraction < 0
            value: Math.max(0, panel.progress.fraction)
        }
        Label {
            objectName: "initialSyncLabel"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: 16
            text: panel.progress.text
        }
    }
}
