package org.biwu.registration;

import org.biwu.people.Person;
import org.biwu.people.PersonCategory;
import org.biwu.people.SkillLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/**
 * One person a registration stands for, as registered.
 *
 * @param person     the person (their current skill level is person.skillLevel)
 * @param skillLevel their skill level as registered: a later promotion does not change it
 * @param category   their category as registered
 */
@Type("RegisteredMember")
@Description("One person a registration stands for, as registered: the person, and their skill level and category "
        + "as the registration recorded them (a later promotion changes person.skillLevel, not this).")
public record RegisteredMember(@NonNull Person person, SkillLevel skillLevel, PersonCategory category) {
}
