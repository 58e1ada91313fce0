package org.biwu.people;

/** Employee (职工) or student (学生); promotion rules may apply to one of them only. */
public enum PersonCategory {
    EMPLOYEE,
    STUDENT,
    OTHER
}
