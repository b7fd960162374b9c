package org.waypoint.service.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the application needs to know of the server it runs on, read the same way on every server:
 * the node's name (which server took a job that runs once across a cluster) and a directory for
 * files the application keeps (PIRL files). WildFly and JBoss EAP set {@code jboss.node.name} and
 * {@code jboss.server.data.dir}; Payara and GlassFish {@code com.sun.aas.instanceName} and {@code
 * com.sun.aas.instanceRoot}. {@code WAYPOINT_NODE_NAME} / {@code waypoint.node.name} override the
 * name on any server.
 */
public final class ServerNode {

    private ServerNode() {}

    /** This server's name in a cluster; "server" where nothing names it. */
    public static String name() {
        return WaypointSettings.get("waypoint.node.name")
                .or(() -> property("jboss.node.name"))
                .or(() -> property("com.sun.aas.instanceName"))
                .orElse("server");
    }

    /** The server's own directory for data it keeps (not the deployments); the temp dir otherwise. */
    public static Path dataDirectory() {
        return property("jboss.server.data.dir")
                .map(Path::of)
                .or(() -> property("com.sun.aas.instanceRoot").map(root -> Path.of(root, "data")))
                .orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty(name)).filter(value -> !value.isBlank());
    }
}
