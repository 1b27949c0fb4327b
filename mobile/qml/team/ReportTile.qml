import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One figure of the reports page: a big value over a caption.
Rectangle {
    property string caption
    property string value
    property bool accent: false

    implicitHeight: 64
    implicitWidth: 110
    radius: 6
    color: accent ? Qt.rgba(0.25, 0.32, 0.71, 0.10) : Qt.rgba(0.5, 0.5, 0.5, 0.08)

    ColumnLayout {
        anchors.centerIn: parent
        spacing: 0
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: parent.parent.value
            font.pixelSize: 22
            font.bold: true
            color: parent.parent.accent ? Material.primary : Material.foreground
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: parent.parent.caption
            font.pixelSize: 12
            opacity: 0.7
        }
    }
}
