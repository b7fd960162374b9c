package org.waypoint.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Sessions are distributable (web.xml, issue 22): on a cluster each session, with the views Faces
 * keeps in it, is serialized to the other node after every request, and a value that cannot be
 * serialized fails that request. Every view- and session-scoped bean is checked here, field by field
 * and down through Waypoint's own types, so that a record added to a page without
 * {@code Serializable} is found by the build rather than by the first user of a cluster.
 */
class SessionSerializableTest {

    @Test
    void everythingAPageKeepsInTheSessionCanBeCopiedToAnotherNode() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Class<?>> beans = kept();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems, beans.size() + " view- and session-scoped beans checked");
    }

    private static List<Class<?>> kept() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(SessionSerializableTest.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .resolveSibling("classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, SessionSerializableTest.class.getClassLoader());
                if (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type == Object.class
                || type == Record.class
                || !seen.add(type)
                || type.isPrimitive()
                || type.isEnum()
                || type.isInterface()) {
            return;
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
            return;
        }
        if (!type.getName().startsWith("org.waypoint.")) {
            return; // a library's own serializable type answers for its fields
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers)
                        || Modifier.isTransient(modifiers)
                        || field.isAnnotationPresent(Inject.class)
                        || field.isAnnotationPresent(EJB.class)) {
                    continue; // injected references are the container's serializable proxies
                }
                checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof Class<?> c) {
            if (c.isArray()) {
                checkType(c.getComponentType(), path + "[]", problems, seen);
            } else if (c.isInterface()
                    && !Collection.class.isAssignableFrom(c)
                    && !Map.class.isAssignableFrom(c)
                    && !Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName() + " is an interface that is not Serializable");
            } else {
                check(c, path, problems, seen);
            }
        } else if (type instanceof ParameterizedType p) {
            checkType(p.getRawType(), path, problems, seen);
            if (p.getRawType() == Class.class) {
                return; // a class object is serialized by name, whatever it names
            }
            for (Type argument : p.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof GenericArrayType a) {
            checkType(a.getGenericComponentType(), path + "[]", problems, seen);
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        } else if (type instanceof TypeVariable<?> v) {
            for (Type bound : v.getBounds()) {
                checkType(bound, path, problems, seen);
            }
        }
    }
}
