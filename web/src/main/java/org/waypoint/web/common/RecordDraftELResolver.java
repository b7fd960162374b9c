package org.waypoint.web.common;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;

/**
 * Lets a page bind the fields of a {@link RecordDraft} as if they were bean properties, and tells
 * Faces their declared types, so the usual converters apply (enums, dates, numbers, collections).
 * Registered in faces-config.xml; it answers only for drafts and fields their record has.
 */
public class RecordDraftELResolver extends ELResolver {

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        RecordDraft<?> draft = draft(base, property);
        if (draft == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return draft.get(property.toString());
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        RecordDraft<?> draft = draft(base, property);
        if (draft == null) {
            return null;
        }
        context.setPropertyResolved(base, property);
        return draft.typeOf(property.toString());
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        RecordDraft<?> draft = draft(base, property);
        if (draft != null) {
            context.setPropertyResolved(base, property);
            draft.set(property.toString(), value);
        }
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (draft(base, property) != null) {
            context.setPropertyResolved(base, property);
        }
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base instanceof RecordDraft<?> ? String.class : null;
    }

    private static RecordDraft<?> draft(Object base, Object property) {
        return base instanceof RecordDraft<?> draft && property != null && draft.has(property.toString())
                ? draft
                : null;
    }
}
