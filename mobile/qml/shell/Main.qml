import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import CrmMobile

// The window. Its content (sync bar, pages) lives in AppShell, which is rebuilt when the language
// changes so that every string, date and number on screen follows (the session is in C++ and
// stays). Every page has `controller` and `stack` and opens the next one itself:
// stack.push(Qt.resolvedUrl("XPage.qml"), {controller, stack, ...}).
ApplicationWindow {
    id: window

    required property AppController controller

    width: 390
    height: 844
    visible: true
    title: qsTr("Field CRM")
    Material.primary: Material.Indigo
    Material.accent: Material.Teal

    Loader {
        id: shell
        objectName: "appShellLoader"
        anchors.fill: parent
        sourceComponent: AppShell { controller: window.controller }
    }

    // Rebuilt from scratch, back on the settings page the language was changed on. Later, not
    // inside the change: the settings page whose button started it is destroyed by the rebuild.
    function rebuildShell() {
        window.controller.language.retranslate(window)
        shell.sourceComponent = null
        shell.source = ""
        shell.setSource("AppShell.qml", { controller: window.controller, reopenSettings: true })
    }

    Connections {
        target: window.controller.language
        function onChanged() { Qt.callLater(window.rebuildShell) }
    }
}
