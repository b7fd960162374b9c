package org.waypoint.service.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node's name and data directory read the same way on WildFly and on Payara. */
class ServerNodeTest {

    private static final List<String> PROPERTIES = List.of(
            "waypoint.node.name",
            "jboss.node.name",
            "com.sun.aas.instanceName",
            "jboss.server.data.dir",
            "com.sun.aas.instanceRoot");

    @AfterEach
    void clear() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void wildFlysNodeNameNamesTheServerThatTookAJob() {
        System.setProperty("jboss.node.name", "node-a");
        assertThat(ServerNode.name()).isEqualTo("node-a");
    }

    @Test
    void payarasInstanceNameNamesItThere() {
        System.setProperty("com.sun.aas.instanceName", "server");
        System.setProperty("com.sun.aas.instanceRoot", "/opt/payara/glassfish/domains/waypoint");
        assertThat(ServerNode.name()).isEqualTo("server");
        assertThat(ServerNode.dataDirectory()).isEqualTo(Path.of("/opt/payara/glassfish/domains/waypoint", "data"));
    }

    @Test
    void theOperatorsNameComesFirst() {
        System.setProperty("jboss.node.name", "node-a");
        System.setProperty("waypoint.node.name", "ky-frankfort-1");
        assertThat(ServerNode.name()).isEqualTo("ky-frankfort-1");
    }

    @Test
    void wildFlysDataDirectoryIsWherePirlFilesGo() {
        System.setProperty("jboss.server.data.dir", "/srv/wildfly/standalone/data");
        assertThat(ServerNode.dataDirectory()).isEqualTo(Path.of("/srv/wildfly/standalone/data"));
    }

    @Test
    void withoutAServerTheNameIsServerAndFilesGoToTheTemporaryDirectory() {
        assertThat(ServerNode.name()).isEqualTo("server");
        assertThat(ServerNode.dataDirectory()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
    }
}
