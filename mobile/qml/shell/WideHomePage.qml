import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import CrmMobile

// The signed-in root on a tablet or desktop for managers and hq: a side navigation
// (ManagementNav) and the chosen area next to it. Pages that push full-screen pages (settings,
// sync issues) still use the shell's `stack`.
Page {
    id: page

    required property AppController controller
    required property StackView stack
    property string currentKey: "teamReview"

    objectName: "wideHomePage"

    ManagementNav { id: entries }

    function entry(key) {
        for (let i = 0; i < entries.count; ++i)
            if (entries.get(i).key === key) return entries.get(i)
        return entries.get(0)
    }
    function open(key) {
        const e = entry(key)
        page.currentKey = e.key
        const url = Qt.resolvedUrl(e.page)
        if (e.split)
            content.setSource("MasterDetailPane.qml", { controller: page.controller, listPage: url })
        else
            content.setSource(url, { controller: page.controller, stack: page.stack })
    }
    Component.onCompleted: open(currentKey)

    Rectangle {
        id: rail
        objectName: "navigationRail"
        width: 200
        height: parent.height
        color: Material.color(Material.Grey, Material.Shade100)

        ListView {
            anchors.fill: parent
            anchors.topMargin: 8
            model: entries
            delegate: ItemDelegate {
                required property string key
                required property string title
                required property string roles
                objectName: "nav_" + key
                width: ListView.view.width
                visible: roles.split(" ").indexOf(page.controller.role) >= 0
                height: visible ? implicitHeight : 0
                text: title
                highlighted: page.currentKey === key
                font.bold: highlighted
                onClicked: page.open(key)
            }
        }
    }
    Rectangle {
        x: rail.width
        width: 1
        height: parent.height
        color: Material.color(Material.Grey, Material.Shade300)
    }
    Loader {
        id: content
        objectName: "wideContent"
        x: rail.width + 1
        width: parent.width - x
        height: parent.height
        // An area is not a pushed page: its BackHeader shows no back arrow.
        onLoaded: if (item && item.header && item.header.showBack !== undefined) item.header.showBack = false
    }
}
