import QtQuick
import QtQuick.Controls
import CrmMobile

// Picks the signed-in root: the side-navigation layout for managers and hq on a wide window
// (tablet landscape, desktop), the phone's bottom tabs otherwise (and always for reps).
Item {
    id: root

    required property AppController controller
    required property StackView stack
    readonly property bool wide: width >= 900 && (controller.role === "manager" || controller.role === "hq")

    objectName: "homeRoot"

    Loader {
        anchors.fill: parent
        sourceComponent: root.wide ? wideHome : phoneHome
    }
    Component {
        id: phoneHome
        HomePage { controller: root.controller; stack: root.stack }
    }
    Component {
        id: wideHome
        WideHomePage { controller: root.controller; stack: root.stack }
    }
}
