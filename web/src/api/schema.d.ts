// Generated from the server OpenAPI document by `npm run api:types`. Do not edit.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                locale: "zh-CN" | "en-US";
                                timeZone: string;
                                totpEnabled: boolean;
                                version: number;
                            };
                            workspaces: {
                                id: string;
                                name: string;
                            }[];
                            workspace: {
                                id: string;
                                name: string;
                                baseCurrency: string;
                            } | null;
                            permissions: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
                            party: {
                                /** @enum {string} */
                                type: "client" | "supplier";
                                id: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en-US";
                        timeZone?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /** @enum {string} */
                                locale: "zh-CN" | "en-US";
                                timeZone: string;
                                totpEnabled: boolean;
                                version: number;
                            };
                            workspaces: {
                                id: string;
                                name: string;
                            }[];
                            workspace: {
                                id: string;
                                name: string;
                                baseCurrency: string;
                            } | null;
                            permissions: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
                            party: {
                                /** @enum {string} */
                                type: "client" | "supplier";
                                id: string;
                            } | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        workspaceId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                ip: string | null;
                                userAgent: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                current: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                prefix: string;
                                /** Format: date-time */
                                createdAt: string;
                                lastUsedAt: string | null;
                                revokedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            prefix: string;
                            /** Format: date-time */
                            createdAt: string;
                            lastUsedAt: string | null;
                            revokedAt: string | null;
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            uri: string;
                            qrDataUrl: string;
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        baseCurrency: string;
                        /** @enum {string} */
                        locale: "zh-CN" | "en-US";
                        timeZone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Workspace"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    /** @description One of name, createdAt; prefix with - for descending */
                    sort?: "name" | "createdAt" | "-name" | "-createdAt";
                    status?: "active" | "disabled";
                    roleId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Member"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** Format: uuid */
                        roleId?: string;
                        /** @enum {string} */
                        status?: "active" | "disabled";
                        party?: {
                            /** @enum {string} */
                            type: "client" | "supplier";
                            /** Format: uuid */
                            id: string;
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Member"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Invitation"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** Format: uuid */
                        roleId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Invitation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    token: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                            workspaceName: string;
                            hasAccount: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        name?: string;
                        password: string;
                        /** @enum {string} */
                        locale?: "zh-CN" | "en-US";
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Role"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        permissions: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        permissions?: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Role"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    actorId?: string;
                    entityType?: string;
                    entityId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                    /** @description One of at; prefix with - for descending */
                    sort?: "at" | "-at";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["AuditEntry"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    actorId?: string;
                    entityType?: string;
                    entityId?: string;
                    action?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: string;
                            entries: number;
                            ok: boolean;
                            brokenAt: {
                                seq: number;
                                id: string | null;
                                /** @enum {string} */
                                reason: "hash" | "link" | "gap" | "truncated" | "head" | "head_missing" | "checkpoint" | "checkpoint_forged";
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                to: string;
                                subject: string;
                                body: string;
                                /** @enum {string} */
                                status: "stored" | "queued" | "sent" | "failed";
                                /** Format: date-time */
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Notifications"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    list: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        list: string;
                        name: string;
                        filter: {
                            [key: string]: string;
                        };
                        /** @default false */
                        shared?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedView"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "prospect" | "active" | "inactive";
                    tier?: "strategic" | "key" | "standard";
                    ownerId?: string;
                    tag?: string;
                    archived?: "true" | "false";
                    /** @description One of name, number, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "createdAt" | "-name" | "-number" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Client"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        legalName?: string | null;
                        industry?: string | null;
                        country?: string | null;
                        /**
                         * @default standard
                         * @enum {string}
                         */
                        tier?: "strategic" | "key" | "standard";
                        /**
                         * @default prospect
                         * @enum {string}
                         */
                        status?: "prospect" | "active" | "inactive";
                        ownerId?: string | null;
                        /** @default [] */
                        tags?: string[];
                        taxId?: string | null;
                        billingEmail?: string | null;
                        billingAddress?: string | null;
                        paymentTermsDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "prospect" | "active" | "inactive";
                    tier?: "strategic" | "key" | "standard";
                    ownerId?: string;
                    tag?: string;
                    archived?: "true" | "false";
                    /** @description One of name, number, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "createdAt" | "-name" | "-number" | "-createdAt";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        legalName?: string | null;
                        industry?: string | null;
                        country?: string | null;
                        /** @enum {string} */
                        tier?: "strategic" | "key" | "standard";
                        /** @enum {string} */
                        status?: "prospect" | "active" | "inactive";
                        ownerId?: string | null;
                        tags?: string[];
                        taxId?: string | null;
                        billingEmail?: string | null;
                        billingAddress?: string | null;
                        paymentTermsDays?: number | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Client"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contact"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        language?: ("zh-CN" | "en-US") | null;
                        timeZone?: string | null;
                        /**
                         * @default other
                         * @enum {string}
                         */
                        relationship?: "decision_maker" | "sponsor" | "technical" | "billing" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        language?: ("zh-CN" | "en-US") | null;
                        timeZone?: string | null;
                        /** @enum {string} */
                        relationship?: "decision_maker" | "sponsor" | "technical" | "billing" | "other";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contact"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/contacts/{contactId}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    clientId?: string;
                    stage?: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                    ownerId?: string;
                    open?: "true" | "false";
                    /** @description One of createdAt, expectedClose, number; prefix with - for descending */
                    sort?: "createdAt" | "expectedClose" | "number" | "-createdAt" | "-expectedClose" | "-number";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Opportunity"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clientId: string;
                        title: string;
                        amountMinor: number;
                        currency: string;
                        probability?: number;
                        expectedClose?: string | null;
                        ownerId?: string | null;
                        /**
                         * @default lead
                         * @enum {string}
                         */
                        stage?: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opportunity"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/pipeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    clientId?: string;
                    ownerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Pipeline"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/opportunities/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opportunity"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        amountMinor?: number;
                        currency?: string;
                        probability?: number;
                        expectedClose?: string | null;
                        ownerId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opportunity"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/opportunities/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                        lossReason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Opportunity"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/interactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    /** @description One of occurredAt; prefix with - for descending */
                    sort?: "occurredAt" | "-occurredAt";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Interaction"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "meeting" | "call" | "mail" | "visit";
                        /** Format: date-time */
                        occurredAt: string;
                        subject: string;
                        notes?: string | null;
                        /** @default [] */
                        contactIds?: string[];
                        ownerId?: string | null;
                        nextStep?: string | null;
                        nextStepDue?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/interactions/{interactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    interactionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "meeting" | "call" | "mail" | "visit";
                        /** Format: date-time */
                        occurredAt?: string;
                        subject?: string;
                        notes?: string | null;
                        contactIds?: string[];
                        ownerId?: string | null;
                        nextStep?: string | null;
                        nextStepDue?: string | null;
                        nextStepDone?: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Interaction"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/communication-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId: string;
                        /** @enum {string} */
                        channel: "meeting" | "call" | "mail" | "visit";
                        cadenceDays: number;
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/communication-plan/{touchpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    touchpointId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    touchpointId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel?: "meeting" | "call" | "mail" | "visit";
                        cadenceDays?: number;
                        ownerId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Touchpoint"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/next-steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    ownerId?: string;
                    dueBy?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Interaction"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    status?: "new" | "analysing" | "accepted" | "delivered" | "rejected";
                    priority?: "low" | "medium" | "high" | "critical";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Requirement"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        description?: string;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        priority?: "low" | "medium" | "high" | "critical";
                        /**
                         * @default new
                         * @enum {string}
                         */
                        status?: "new" | "analysing" | "accepted" | "delivered" | "rejected";
                        /**
                         * @default meeting
                         * @enum {string}
                         */
                        source?: "meeting" | "mail" | "rfp" | "workshop" | "ticket" | "other";
                        opportunityId?: string | null;
                        contractId?: string | null;
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Requirement"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/requirements/{requirementId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requirementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string;
                        /** @enum {string} */
                        priority?: "low" | "medium" | "high" | "critical";
                        /** @enum {string} */
                        status?: "new" | "analysing" | "accepted" | "delivered" | "rejected";
                        /** @enum {string} */
                        source?: "meeting" | "mail" | "rfp" | "workshop" | "ticket" | "other";
                        opportunityId?: string | null;
                        contractId?: string | null;
                        ownerId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Requirement"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Survey"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId: string;
                        /** @enum {string} */
                        kind: "csat" | "nps";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Survey"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feedback"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "complaint" | "praise";
                        severity?: ("low" | "medium" | "high" | "critical") | null;
                        subject: string;
                        /** @default  */
                        description?: string;
                        contactId?: string | null;
                        ownerId?: string | null;
                        /** Format: date-time */
                        receivedAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feedback"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{id}/feedback/{feedbackId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    feedbackId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        action?: "respond" | "resolve" | "reopen";
                        resolution?: string;
                        ownerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Feedback"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{id}/feedback-trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FeedbackTrend"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublicSurvey"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        score: number;
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
                    riskTier?: "low" | "medium" | "high" | "critical";
                    category?: string;
                    /** @description One of name, number, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "createdAt" | "-name" | "-number" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Supplier"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        legalName?: string | null;
                        country?: string | null;
                        taxId?: string | null;
                        riskTier?: ("low" | "medium" | "high" | "critical") | null;
                        website?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        /** @default [] */
                        categories?: string[];
                        /** @default [] */
                        skills?: string[];
                        /** @default [] */
                        regions?: string[];
                        /** @default [] */
                        languages?: string[];
                        bankName?: string | null;
                        bankAccount?: string | null;
                        bankSwift?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
                    riskTier?: "low" | "medium" | "high" | "critical";
                    category?: string;
                    /** @description One of name, number, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "createdAt" | "-name" | "-number" | "-createdAt";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        legalName?: string | null;
                        country?: string | null;
                        taxId?: string | null;
                        riskTier?: ("low" | "medium" | "high" | "critical") | null;
                        website?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        categories?: string[];
                        skills?: string[];
                        regions?: string[];
                        languages?: string[];
                        bankName?: string | null;
                        bankAccount?: string | null;
                        bankSwift?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/suppliers/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        website?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        categories?: string[];
                        skills?: string[];
                        regions?: string[];
                        languages?: string[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/suppliers/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
                        reason?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Supplier"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Qualification"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "iso27001" | "iso9001" | "cmmi" | "licence" | "insurance" | "other";
                        name: string;
                        number?: string | null;
                        issuer?: string | null;
                        validFrom?: string | null;
                        validTo?: string | null;
                        /** @default false */
                        mandatory?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Qualification"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications/{qualificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Qualification"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications/{qualificationId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. Fields: category (certificate, other), name. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications/{qualificationId}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications/{qualificationId}/documents/{documentId}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                    documentId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/qualifications/{qualificationId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    qualificationId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OnboardingItem"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                        /** @enum {string} */
                        kind: "document" | "questionnaire" | "reference" | "other";
                        /** @default true */
                        required?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OnboardingItem"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/onboarding-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OnboardingItem"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/onboarding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Onboarding"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/onboarding/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    itemId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Onboarding"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/due-diligence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        dataSensitivity: "none" | "internal" | "confidential" | "personal";
                        accessToClientSystems: boolean;
                        subcontractsFurther: boolean;
                        worksOffshore: boolean;
                        securityCertified: boolean;
                        /** @enum {string} */
                        financialHealth: "strong" | "adequate" | "weak";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Onboarding"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContact"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        /**
                         * @default account
                         * @enum {string}
                         */
                        role?: "account" | "delivery" | "billing" | "security" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContact"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContact"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        title?: string | null;
                        email?: string | null;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "account" | "delivery" | "billing" | "security" | "other";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierContact"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/evaluation-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationTemplate"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        criteria: {
                            name: string;
                            weight: number;
                            guidance?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationTemplate"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evaluation-templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name?: string;
                        criteria?: {
                            name: string;
                            weight: number;
                            guidance?: string | null;
                        }[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationTemplate"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierEvaluation"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        templateId: string;
                        /** @enum {string} */
                        kind: "periodic" | "ad_hoc";
                        /** Format: date */
                        periodStart: string;
                        /** Format: date */
                        periodEnd: string;
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierEvaluationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierEvaluationDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evaluations/{evaluationId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        scores: {
                            criterion: string;
                            score: number;
                            comment?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierEvaluationDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/suppliers/{id}/evaluations/{evaluationId}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    evaluationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierEvaluationDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supplier-comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    ids: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SupplierComparison"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkspaceSettings"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseCurrency?: string;
                        marginFloorPercent?: number;
                        workerDocuments?: ("nda" | "dpa" | "background_check")[];
                        spiAlertPercent?: number;
                        cpiAlertPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkspaceSettings"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/exchange-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    currency?: string;
                    /** @description One of date; prefix with - for descending */
                    sort?: "date" | "-date";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ExchangeRate"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currency: string;
                        /** Format: date */
                        date: string;
                        rate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ExchangeRate"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    currency: string;
                    date: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateOn"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exchange-rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        timeZone: string;
                        country?: string | null;
                        week: [
                            string,
                            string
                        ][][];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HolidayCountries"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        timeZone?: string;
                        country?: string | null;
                        week?: [
                            string,
                            string
                        ][][];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/calendars/{id}/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        day: string;
                        /** @enum {string} */
                        kind: "holiday" | "workday";
                        name?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/days/{dayId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    dayId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        country: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "ics";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkingCalendar"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/business-minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessTime"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}/add-business-minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    from: string;
                    minutes: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BusinessInstant"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "draft" | "in_review" | "approved" | "signed" | "active" | "expiring" | "renewed" | "terminated" | "expired";
                    type?: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
                    partyType?: "client" | "supplier";
                    clientId?: string;
                    supplierId?: string;
                    parentId?: string;
                    endsFrom?: string;
                    endsBy?: string;
                    /** @description One of number, title, endDate, createdAt; prefix with - for descending */
                    sort?: "number" | "title" | "endDate" | "createdAt" | "-number" | "-title" | "-endDate" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Contract"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
                        parentId?: string | null;
                        title: string;
                        ownerId?: string | null;
                        currency: string;
                        valueMinor: number;
                        /** Format: date */
                        startDate: string;
                        endDate?: string | null;
                        /** @default false */
                        autoRenew?: boolean;
                        /** @default 30 */
                        noticeDays?: number;
                        /** @default 30 */
                        paymentTermsDays?: number;
                        /** @enum {string} */
                        billingModel: "fixed_price" | "time_and_materials" | "milestone" | "retainer";
                        capMinor?: number | null;
                        hourBlock?: number | null;
                        /** @default [] */
                        feeSchedule?: {
                            /** Format: date */
                            date: string;
                            amountMinor: number;
                            label: string;
                        }[];
                        /** @default  */
                        scope?: string;
                        calendarId?: string | null;
                        /** @enum {string} */
                        partyType: "client" | "supplier";
                        /** Format: uuid */
                        clientId?: string;
                        /** Format: uuid */
                        supplierId?: string;
                        /** Format: uuid */
                        opportunityId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "draft" | "in_review" | "approved" | "signed" | "active" | "expiring" | "renewed" | "terminated" | "expired";
                    type?: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
                    partyType?: "client" | "supplier";
                    clientId?: string;
                    supplierId?: string;
                    parentId?: string;
                    endsFrom?: string;
                    endsBy?: string;
                    /** @description One of number, title, endDate, createdAt; prefix with - for descending */
                    sort?: "number" | "title" | "endDate" | "createdAt" | "-number" | "-title" | "-endDate" | "-createdAt";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type?: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
                        parentId?: string | null;
                        title?: string;
                        ownerId?: string | null;
                        currency?: string;
                        valueMinor?: number;
                        /** Format: date */
                        startDate?: string;
                        endDate?: string | null;
                        autoRenew?: boolean;
                        noticeDays?: number;
                        paymentTermsDays?: number;
                        /** @enum {string} */
                        billingModel?: "fixed_price" | "time_and_materials" | "milestone" | "retainer";
                        capMinor?: number | null;
                        hourBlock?: number | null;
                        feeSchedule?: {
                            /** Format: date */
                            date: string;
                            amountMinor: number;
                            label: string;
                        }[];
                        scope?: string;
                        calendarId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        comment?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractApproval"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        signedOn: string;
                        signatories: {
                            name: string;
                            title?: string | null;
                            /** @enum {string} */
                            side: "us" | "counterparty";
                        }[];
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: string;
                        /** @enum {string} */
                        seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                        /** @enum {string} */
                        unit: "hour" | "day";
                        rateMinor: number;
                        /** Format: date */
                        effectiveFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/rate-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    role: string;
                    seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                    day: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateOnDay"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/rates/{rateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    rateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-card/rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: string;
                        /** @enum {string} */
                        seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                        /** @enum {string} */
                        unit: "hour" | "day";
                        rateMinor: number;
                        /** Format: date */
                        effectiveFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rate-card/rates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RateCard"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/slas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        metric: "first_response_time" | "resolution_time" | "availability" | "on_time_delivery" | "defect_rate" | "csat";
                        priority?: ("p1" | "p2" | "p3" | "p4") | null;
                        target: number;
                        /**
                         * @default month
                         * @enum {string}
                         */
                        measurementWindow?: "month" | "quarter";
                        /** @default 0 */
                        creditPercent?: number;
                        /** @default 0 */
                        creditCapPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/slas/{slaId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    slaId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/flow-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        supplierContractId: string;
                        tightenPercent: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sla"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        supplierContractId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/links/{supplierContractId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    supplierContractId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Contract"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/margin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MarginPreview"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalRule"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        contractType?: ("msa" | "sow" | "nda" | "dpa" | "framework" | "purchase") | null;
                        minValueMinor: number;
                        approvers: number;
                        /** @default false */
                        financeRequired?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalRule"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ApprovalRule"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. Fields: category (signed, draft, annex, correspondence, other), name. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/documents/{documentId}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        reason: string;
                        changes: {
                            valueMinor?: number;
                            capMinor?: number | null;
                            /** Format: date */
                            startDate?: string;
                            endDate?: string | null;
                            noticeDays?: number;
                            autoRenew?: boolean;
                            scope?: string;
                            rates?: {
                                role: string;
                                /** @enum {string} */
                                seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                                /** @enum {string} */
                                unit: "hour" | "day";
                                rateMinor: number;
                                /** Format: date */
                                effectiveFrom: string;
                            }[];
                            slas?: {
                                /** @enum {string} */
                                metric: "first_response_time" | "resolution_time" | "availability" | "on_time_delivery" | "defect_rate" | "csat";
                                priority?: ("p1" | "p2" | "p3" | "p4") | null;
                                target: number;
                                /**
                                 * @default month
                                 * @enum {string}
                                 */
                                measurementWindow?: "month" | "quarter";
                                /** @default 0 */
                                creditPercent?: number;
                                /** @default 0 */
                                creditCapPercent?: number;
                            }[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    amendmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        reason?: string;
                        changes?: {
                            valueMinor?: number;
                            capMinor?: number | null;
                            /** Format: date */
                            startDate?: string;
                            endDate?: string | null;
                            noticeDays?: number;
                            autoRenew?: boolean;
                            scope?: string;
                            rates?: {
                                role: string;
                                /** @enum {string} */
                                seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                                /** @enum {string} */
                                unit: "hour" | "day";
                                rateMinor: number;
                                /** Format: date */
                                effectiveFrom: string;
                            }[];
                            slas?: {
                                /** @enum {string} */
                                metric: "first_response_time" | "resolution_time" | "availability" | "on_time_delivery" | "defect_rate" | "csat";
                                priority?: ("p1" | "p2" | "p3" | "p4") | null;
                                target: number;
                                /**
                                 * @default month
                                 * @enum {string}
                                 */
                                measurementWindow?: "month" | "quarter";
                                /** @default 0 */
                                creditPercent?: number;
                                /** @default 0 */
                                creditCapPercent?: number;
                            }[];
                        };
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendmentId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    amendmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendmentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    amendmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendmentId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    amendmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        comment?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/amendments/{amendmentId}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    amendmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        signedOn: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Amendment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    category?: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
                    q?: string;
                    includeInactive?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Clause"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
                        titleZh: string;
                        titleEn: string;
                        textZh: string;
                        textEn: string;
                        obligationZh?: string | null;
                        obligationEn?: string | null;
                        obligationDueDays?: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Clause"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clauses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        category?: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
                        titleZh?: string;
                        titleEn?: string;
                        textZh?: string;
                        textEn?: string;
                        obligationZh?: string | null;
                        obligationEn?: string | null;
                        obligationDueDays?: number | null;
                        version: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Clause"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/clauses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractClause"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clauseId: string;
                        /** @enum {string} */
                        language: "zh-CN" | "en-US";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractClause"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/clauses/{contractClauseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contractClauseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ContractClause"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Obligation"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        ownerId?: string | null;
                        /** Format: date */
                        dueDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Obligation"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    dueFrom: string;
                    dueBy: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DueObligation"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/obligations/{obligationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    obligationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        title?: string;
                        ownerId?: string | null;
                        /** Format: date */
                        dueDate?: string;
                        /** @enum {string} */
                        status?: "open" | "met" | "missed";
                        statusNote?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Obligation"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    kind?: "employee" | "supplier_worker";
                    status?: "active" | "on_leave" | "left";
                    department?: string;
                    supplierId?: string;
                    skillId?: string;
                    minProficiency?: number;
                    freeFrom?: string;
                    freeTo?: string;
                    /** @description One of name, number, department, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "department" | "createdAt" | "-name" | "-number" | "-department" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Person"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "employee" | "supplier_worker";
                        name: string;
                        email?: string | null;
                        title?: string | null;
                        department?: string | null;
                        grade?: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                        managerId?: string | null;
                        location?: string | null;
                        timeZone?: string | null;
                        calendarId?: string | null;
                        /** @default [] */
                        languages?: {
                            code: string;
                            /** @enum {string} */
                            level: "basic" | "working" | "fluent" | "native";
                        }[];
                        startDate?: string | null;
                        endDate?: string | null;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "on_leave" | "left";
                        supplierId?: string | null;
                        supplierContractId?: string | null;
                        userId?: string | null;
                        /** @default 40 */
                        hoursPerWeek?: number;
                        /** @default 100 */
                        partTimePercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    kind?: "employee" | "supplier_worker";
                    status?: "active" | "on_leave" | "left";
                    department?: string;
                    supplierId?: string;
                    skillId?: string;
                    minProficiency?: number;
                    freeFrom?: string;
                    freeTo?: string;
                    /** @description One of name, number, department, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "department" | "createdAt" | "-name" | "-number" | "-department" | "-createdAt";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        email?: string | null;
                        title?: string | null;
                        department?: string | null;
                        grade?: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                        managerId?: string | null;
                        location?: string | null;
                        timeZone?: string | null;
                        calendarId?: string | null;
                        /** @default [] */
                        languages?: {
                            code: string;
                            /** @enum {string} */
                            level: "basic" | "working" | "fluent" | "native";
                        }[];
                        startDate?: string | null;
                        endDate?: string | null;
                        /**
                         * @default active
                         * @enum {string}
                         */
                        status?: "active" | "on_leave" | "left";
                        supplierId?: string | null;
                        supplierContractId?: string | null;
                        userId?: string | null;
                        /** @default 40 */
                        hoursPerWeek?: number;
                        /** @default 100 */
                        partTimePercent?: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/cost-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCostRate"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rateMinor: number;
                        currency: string;
                        /** Format: date */
                        effectiveFrom: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCostRate"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/cost-rates/{rateId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    rateId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCostRate"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/cost-on": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    day: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCostOn"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    category?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Skill"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category: string;
                        nameZh: string;
                        nameEn: string;
                        /** @default [] */
                        synonyms?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Skill"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/matrix": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    category?: string;
                    department?: string;
                    supplierId?: string;
                    location?: string;
                    language?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkillsMatrix"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string;
                        nameZh?: string;
                        nameEn?: string;
                        /** @default [] */
                        synonyms?: string[];
                        version: number;
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Skill"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/people/{id}/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    skillId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proficiency: number;
                        years?: number | null;
                        lastUsed?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    skillId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/skills/{skillId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    skillId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    status?: "requested" | "approved" | "rejected";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "leave" | "training" | "other";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/absences/{absenceId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    absenceId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/absences/{absenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    absenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCredential"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "certification" | "nda" | "dpa" | "background_check";
                        name: string;
                        issuer?: string | null;
                        reference?: string | null;
                        issuedOn?: string | null;
                        expiresOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCredential"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people/{id}/credentials/{credentialId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    credentialId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonCredential"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/person": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Person"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/person/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/person/skills/{skillId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    skillId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        proficiency: number;
                        years?: number | null;
                        lastUsed?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PersonSkill"][];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/person/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "leave" | "training" | "other";
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Absence"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    status?: "open" | "filled" | "cancelled";
                    projectId?: string;
                    opportunityId?: string;
                    /** @description One of startDate, number, createdAt; prefix with - for descending */
                    sort?: "startDate" | "number" | "createdAt" | "-startDate" | "-number" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StaffingRequest"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role: string;
                        seniority?: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                        opportunityId?: string | null;
                        projectId?: string | null;
                        /** @default [] */
                        skills?: {
                            /** Format: uuid */
                            skillId: string;
                            minProficiency: number;
                            /** @default 5 */
                            weight?: number;
                        }[];
                        /** @default [] */
                        languages?: {
                            code: string;
                            /** @enum {string} */
                            level: "basic" | "working" | "fluent" | "native";
                        }[];
                        location?: string | null;
                        utcOffsetMin?: number | null;
                        utcOffsetMax?: number | null;
                        /** @default 40 */
                        hoursPerWeek?: number;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        maxRateMinor?: number | null;
                        currency?: string | null;
                        /** @default 1 */
                        headcount?: number;
                        notes?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffingRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/requests/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    status?: "open" | "filled" | "cancelled";
                    projectId?: string;
                    opportunityId?: string;
                    /** @description One of startDate, number, createdAt; prefix with - for descending */
                    sort?: "startDate" | "number" | "createdAt" | "-startDate" | "-number" | "-createdAt";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffingRequest"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role?: string;
                        seniority?: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                        opportunityId?: string | null;
                        projectId?: string | null;
                        /** @default [] */
                        skills?: {
                            /** Format: uuid */
                            skillId: string;
                            minProficiency: number;
                            /** @default 5 */
                            weight?: number;
                        }[];
                        /** @default [] */
                        languages?: {
                            code: string;
                            /** @enum {string} */
                            level: "basic" | "working" | "fluent" | "native";
                        }[];
                        location?: string | null;
                        utcOffsetMin?: number | null;
                        utcOffsetMax?: number | null;
                        /** @default 40 */
                        hoursPerWeek?: number;
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate?: string;
                        maxRateMinor?: number | null;
                        currency?: string | null;
                        /** @default 1 */
                        headcount?: number;
                        notes?: string | null;
                        /** @enum {string} */
                        status?: "open" | "filled" | "cancelled";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffingRequest"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/staffing/requests/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StaffingCandidate"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/utilization": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    from?: string;
                    weeks?: number;
                    department?: string;
                    supplierId?: string;
                    skillId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Utilization"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/skill-gap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            skill: {
                                id: string;
                                nameEn: string;
                                nameZh: string;
                            };
                            minimum: number;
                            needed: number;
                            available: number;
                            gap: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/staffing/bench": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                    threshold?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                                title: string | null;
                                department: string | null;
                                supplier: string | null;
                            };
                            utilization: number;
                            freeHours: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    personId?: string;
                    projectId?: string;
                    requestId?: string;
                    status?: "proposed" | "confirmed";
                    from?: string;
                    to?: string;
                    /** @description One of startDate, createdAt; prefix with - for descending */
                    sort?: "startDate" | "createdAt" | "-startDate" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Assignment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                        requestId?: string | null;
                        projectId?: string | null;
                        role: string;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        endDate: string;
                        hoursPerWeek: number;
                        /**
                         * @default proposed
                         * @enum {string}
                         */
                        status?: "proposed" | "confirmed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedAssignment"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    projectId?: string;
                    requestId?: string;
                    status?: "proposed" | "confirmed";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Assignment"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        role?: string;
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate?: string;
                        hoursPerWeek?: number;
                        /**
                         * @default proposed
                         * @enum {string}
                         */
                        status?: "proposed" | "confirmed";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SavedAssignment"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                    q?: string;
                    phase?: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
                    health?: "green" | "amber" | "red";
                    clientId?: string;
                    /** @description One of name, number, endDate, createdAt; prefix with - for descending */
                    sort?: "name" | "number" | "endDate" | "createdAt" | "-name" | "-number" | "-endDate" | "-createdAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Project"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        managerId?: string | null;
                        /**
                         * @default green
                         * @enum {string}
                         */
                        health?: "green" | "amber" | "red";
                        /** @default [] */
                        goals?: {
                            objective: string;
                            target: string;
                            /** @default null */
                            actual?: string | null;
                        }[];
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate?: string;
                        contractId?: string | null;
                        clientId?: string | null;
                        currency?: string;
                        budgetMinor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        managerId?: string | null;
                        /**
                         * @default green
                         * @enum {string}
                         */
                        health?: "green" | "amber" | "red";
                        /** @default [] */
                        goals?: {
                            objective: string;
                            target: string;
                            /** @default null */
                            actual?: string | null;
                        }[];
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        endDate?: string;
                        budgetMinor?: number;
                        /** @enum {string} */
                        evMethod?: "percent_complete" | "deliverables";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/gates/{phase}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    phase: "initiation" | "planning" | "execution" | "monitoring" | "closure";
                    key: "charter_agreed" | "manager_named" | "budget_confirmed" | "work_breakdown" | "team_staffed" | "milestones_set" | "deliverables_produced" | "status_reported" | "acceptance_obtained" | "budget_reviewed" | "deliverables_accepted" | "time_approved" | "issues_closed" | "lessons_recorded" | "client_signed_off";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        done: boolean;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        overrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        parentId?: string | null;
                        /** @default 0 */
                        estimateHours?: number;
                        /** Format: date */
                        startDate: string;
                        /** Format: date */
                        finishDate: string;
                        /**
                         * @default todo
                         * @enum {string}
                         */
                        status?: "todo" | "in_progress" | "done";
                        /** @default 0 */
                        percentComplete?: number;
                        assigneeId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    taskId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        parentId?: string | null;
                        /** @default 0 */
                        estimateHours?: number;
                        /** Format: date */
                        startDate?: string;
                        /** Format: date */
                        finishDate?: string;
                        /**
                         * @default todo
                         * @enum {string}
                         */
                        status?: "todo" | "in_progress" | "done";
                        /** @default 0 */
                        percentComplete?: number;
                        assigneeId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            earlyStart: string;
                            earlyFinish: string;
                            lateStart: string;
                            lateFinish: string;
                            slackDays: number;
                            critical: boolean;
                            baselineStart: string | null;
                            baselineFinish: string | null;
                            finishVarianceDays: number | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/earned-value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EarnedValue"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectBudget"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        lines: {
                            /** @enum {string} */
                            category: "labour" | "subcontract" | "materials" | "expenses";
                            plannedMinor: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectBudget"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/baselines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectBaseline"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectBaseline"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dependencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        predecessorId: string;
                        /** Format: uuid */
                        successorId: string;
                        /**
                         * @default FS
                         * @enum {string}
                         */
                        type?: "FS" | "SS" | "FF" | "SF";
                        /** @default 0 */
                        lagDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/dependencies/{predecessorId}/{successorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    predecessorId: string;
                    successorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Task"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectIssue"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        severity?: "low" | "medium" | "high" | "critical";
                        ownerId?: string | null;
                        dueDate?: string | null;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "in_progress" | "closed";
                        resolution?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectIssue"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/issues/{issueId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    issueId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /**
                         * @default medium
                         * @enum {string}
                         */
                        severity?: "low" | "medium" | "high" | "critical";
                        ownerId?: string | null;
                        dueDate?: string | null;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "in_progress" | "closed";
                        resolution?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectIssue"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDecision"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        decision: string;
                        /** Format: date */
                        decidedOn: string;
                        decidedBy: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectDecision"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** Format: date */
                        dueDate: string;
                        amountMinor?: number | null;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "completed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/milestones/{milestoneId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    milestoneId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    milestoneId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: date */
                        dueDate?: string;
                        amountMinor?: number | null;
                        /**
                         * @default open
                         * @enum {string}
                         */
                        status?: "open" | "completed";
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Milestone"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deliverable"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        acceptanceCriteria: string;
                        ownerId?: string | null;
                        /** Format: date */
                        dueDate: string;
                        milestoneId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deliverable"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        acceptanceCriteria?: string;
                        ownerId?: string | null;
                        /** Format: date */
                        dueDate?: string;
                        milestoneId?: string | null;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deliverable"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deliverable"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. Fields: category (deliverable, evidence, other), name. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/documents/{documentId}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                    documentId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/deliverables/{deliverableId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    deliverableId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/status-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusReport"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        periodEnd?: string;
                        /** @enum {string} */
                        scope: "green" | "amber" | "red";
                        /** @enum {string} */
                        schedule: "green" | "amber" | "red";
                        /** @enum {string} */
                        cost: "green" | "amber" | "red";
                        /** @enum {string} */
                        quality: "green" | "amber" | "red";
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusReport"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/status-reports/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        scope?: "green" | "amber" | "red";
                        /** @enum {string} */
                        schedule?: "green" | "amber" | "red";
                        /** @enum {string} */
                        cost?: "green" | "amber" | "red";
                        /** @enum {string} */
                        quality?: "green" | "amber" | "red";
                        summary?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusReport"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/status-reports/{reportId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StatusReport"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        scheduleScore: number;
                        costScore: number;
                        qualityScore: number;
                        /** @default null */
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Project"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lesson"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        wentWell: string;
                        toChange: string;
                        /** @default [] */
                        tags?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lesson"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    q?: string;
                    tag?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Lesson"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalProjectSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalProject"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/deliverables/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        decision: "accepted" | "rejected";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Deliverable"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/projects/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        satisfaction: number;
                        /** @default null */
                        comment?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/deliverables/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. Fields: category (deliverable, evidence, other), name. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/deliverables/{id}/documents/{documentId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description multipart/form-data with the file in the field "file"; see docs/api.md for accepted types. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/deliverables/{id}/documents/{documentId}/versions/{version}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/deliverables/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Document"][];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/change-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"][];
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        description: string;
                        reason: string;
                        /** @default null */
                        endDate?: string | null;
                        /** @default 0 */
                        budgetDeltaMinor?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/change-requests/{changeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    changeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        description?: string;
                        reason?: string;
                        endDate?: string | null;
                        budgetDeltaMinor?: number;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"][];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/projects/{id}/change-requests/{changeId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    changeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/change-requests/{changeId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    changeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"][];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/change-requests/{changeId}/amendment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    changeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChangeRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/client-portal/change-requests/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        /** @enum {string} */
                        decision: "approved" | "rejected";
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PortalChangeRequest"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time/weeks/{week}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    personId?: string;
                };
                header?: never;
                path: {
                    week: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeWeek"];
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    week: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId?: string;
                        rows: {
                            /** Format: uuid */
                            projectId: string;
                            /** @default null */
                            taskId?: string | null;
                            /** @default true */
                            billable?: boolean;
                            hours: number[];
                            /**
                             * @default [
                             *       null,
                             *       null,
                             *       null,
                             *       null,
                             *       null,
                             *       null,
                             *       null
                             *     ]
                             */
                            notes?: (string | null)[];
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeWeek"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId?: string;
                        /** Format: uuid */
                        projectId: string;
                        taskId?: string | null;
                        /** Format: date */
                        day: string;
                        hours: number;
                        /** @default true */
                        billable?: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeWeek"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/time/weeks/{week}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    week: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId?: string;
                        /** Format: uuid */
                        projectId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimeWeek"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    personId?: string;
                    projectId?: string;
                    status?: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
                    week?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimesheetSummary"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TimesheetInboxItem"][];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timesheet"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timesheet"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timesheet"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/timesheets/{id}/reverse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timesheet"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProjectTime"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SearchResult"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/contacts/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/suppliers/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/suppliers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/people/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/skills/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/skills": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/time/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportPreview"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/time": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        format: "csv" | "xlsx";
                        content: string;
                        /**
                         * @default all
                         * @enum {string}
                         */
                        mode?: "all" | "valid";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportResult"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                [key: string]: string[];
            };
            requestId?: string;
        };
        ClientInput: {
            id: string;
            number: string;
            name: string;
            legalName: string | null;
            industry: string | null;
            country: string | null;
            /** @enum {string} */
            tier: "strategic" | "key" | "standard";
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            owner: {
                id: string;
                name: string;
            } | null;
            tags: string[];
            taxId: string | null;
            billingEmail: string | null;
            billingAddress: string | null;
            paymentTermsDays: number | null;
            contactCount: number;
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContactInput: {
            id: string;
            clientId: string;
            name: string;
            title: string | null;
            email: string | null;
            phone: string | null;
            language: string | null;
            timeZone: string | null;
            /** @enum {string} */
            relationship: "decision_maker" | "sponsor" | "technical" | "billing" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        InteractionInput: {
            id: string;
            client: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "meeting" | "call" | "mail" | "visit";
            /** Format: date-time */
            occurredAt: string;
            subject: string;
            notes: string | null;
            contactIds: string[];
            owner: {
                id: string;
                name: string;
            } | null;
            nextStep: string | null;
            nextStepDue: string | null;
            nextStepDone: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TouchpointInput: {
            id: string;
            contact: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            channel: "meeting" | "call" | "mail" | "visit";
            cadenceDays: number;
            owner: {
                id: string;
                name: string;
            } | null;
            lastTouch: string | null;
            nextDue: string;
            overdue: boolean;
            version: number;
        };
        OpportunityInput: {
            id: string;
            number: string;
            client: {
                id: string;
                number: string;
                name: string;
            };
            title: string;
            /** @enum {string} */
            stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
            amountMinor: number;
            currency: string;
            probability: number;
            weightedMinor: number;
            expectedClose: string | null;
            owner: {
                id: string;
                name: string;
            } | null;
            lossReason: string | null;
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        PipelineInput: {
            stages: {
                /** @enum {string} */
                stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                count: number;
                totals: {
                    currency: string;
                    amountMinor: number;
                    weightedMinor: number;
                }[];
            }[];
        };
        RequirementInput: {
            id: string;
            number: string;
            clientId: string;
            title: string;
            description: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status: "new" | "analysing" | "accepted" | "delivered" | "rejected";
            /** @enum {string} */
            source: "meeting" | "mail" | "rfp" | "workshop" | "ticket" | "other";
            opportunity: {
                id: string;
                number: string;
                title: string;
            } | null;
            contract: {
                id: string;
                number: string;
                title: string;
            } | null;
            owner: {
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RateInput: {
            id: string;
            role: string;
            /** @enum {string} */
            seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
            /** @enum {string} */
            unit: "hour" | "day";
            rateMinor: number;
            currency: string;
            effectiveFrom: string;
            inForce: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        RateCardInput: {
            day: string;
            currency: string;
            items: components["schemas"]["RateInput"][];
        };
        RateOnDayInput: {
            rate: components["schemas"]["RateInput"] | null;
            source: ("contract" | "default") | null;
        };
        SlaInput: {
            id: string;
            /** @enum {string} */
            metric: "first_response_time" | "resolution_time" | "availability" | "on_time_delivery" | "defect_rate" | "csat";
            priority: ("p1" | "p2" | "p3" | "p4") | null;
            target: number;
            /** @enum {string} */
            unit: "minutes" | "percent" | "score";
            lowerIsBetter: boolean;
            /** @enum {string} */
            measurementWindow: "month" | "quarter";
            creditPercent: number;
            creditCapPercent: number;
            sourceSlaId: string | null;
        };
        AmendmentInput: {
            id: string;
            seq: number;
            title: string;
            reason: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "signed";
            statusReason: string | null;
            diff: {
                field: string;
                before: unknown;
                after: unknown;
            }[];
            review: {
                round: number;
                approvalsRequired: number;
                financeRequired: boolean;
                submittedBy: string | null;
            };
            signedOn: string | null;
            actions: ("edit" | "submit" | "withdraw" | "decide" | "sign")[];
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        WorkingCalendarInput: {
            id: string;
            name: string;
            timeZone: string;
            country: string | null;
            week: [
                string,
                string
            ][][];
            weeklyMinutes: number;
            days: {
                id: string;
                day: string;
                /** @enum {string} */
                kind: "holiday" | "workday";
                name: string | null;
            }[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        BusinessTimeInput: {
            minutes: number;
        };
        BusinessInstantInput: {
            /** Format: date-time */
            at: string;
        };
        HolidayCountriesInput: {
            [key: string]: string;
        };
        WorkspaceSettingsInput: {
            baseCurrency: string;
            marginFloorPercent: number;
            workerDocuments: ("nda" | "dpa" | "background_check")[];
            spiAlertPercent: number;
            cpiAlertPercent: number;
            baseCurrencyLocked: boolean;
        };
        ExchangeRateInput: {
            id: string;
            currency: string;
            date: string;
            rate: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RateOnInput: {
            currency: string;
            baseCurrency: string;
            rate: string | null;
            date: string | null;
        };
        QualificationInput: {
            id: string;
            /** @enum {string} */
            kind: "iso27001" | "iso9001" | "cmmi" | "licence" | "insurance" | "other";
            name: string;
            number: string | null;
            issuer: string | null;
            validFrom: string | null;
            validTo: string | null;
            mandatory: boolean;
            /** @enum {string} */
            status: "valid" | "expiring" | "expired";
            /** Format: date-time */
            createdAt: string;
        };
        EvaluationTemplateInput: {
            id: string;
            name: string;
            criteria: {
                key: string;
                name: string;
                weight: number;
                guidance: string | null;
            }[];
            active: boolean;
            version: number;
        };
        SupplierEvaluationInput: {
            id: string;
            /** @enum {string} */
            kind: "periodic" | "ad_hoc";
            periodStart: string;
            periodEnd: string;
            title: string | null;
            templateName: string;
            /** @enum {string} */
            status: "open" | "final";
            score: number | null;
            grade: ("A" | "B" | "C" | "D") | null;
            finalizedAt: string | null;
            evaluators: number;
            version: number;
        };
        SupplierEvaluationDetailInput: {
            id: string;
            /** @enum {string} */
            kind: "periodic" | "ad_hoc";
            periodStart: string;
            periodEnd: string;
            title: string | null;
            templateName: string;
            /** @enum {string} */
            status: "open" | "final";
            score: number | null;
            grade: ("A" | "B" | "C" | "D") | null;
            finalizedAt: string | null;
            evaluators: number;
            version: number;
            criteria: {
                key: string;
                name: string;
                weight: number;
                guidance: string | null;
                mean: number | null;
                count: number;
            }[];
            scores: {
                evaluator: string;
                evaluatorId: string;
                criterion: string;
                score: number;
                comment: string | null;
            }[];
        };
        SupplierComparisonInput: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            country: string | null;
            categories: string[];
            latest: {
                grade: ("A" | "B" | "C" | "D") | null;
                score: number | null;
                periodEnd: string;
            } | null;
            averageScore: number | null;
            evaluations: number;
            qualifications: {
                name: string;
                mandatory: boolean;
                /** @enum {string} */
                status: "valid" | "expiring" | "expired";
            }[];
            rates: {
                role: string;
                seniority: string;
                unit: string;
                rateMinor: number;
                currency: string;
            }[];
        };
        DocumentInput: {
            /** Format: uuid */
            id: string;
            category: string;
            name: string;
            latestVersion: number;
            /** Format: date-time */
            createdAt: string;
            versions: {
                version: number;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string | null;
            }[];
        };
        OnboardingItemInput: {
            id: string;
            label: string;
            /** @enum {string} */
            kind: "document" | "questionnaire" | "reference" | "other";
            required: boolean;
        };
        OnboardingInput: {
            steps: {
                item: components["schemas"]["OnboardingItemInput"];
                done: boolean;
                note: string | null;
                doneBy: string | null;
                doneAt: string | null;
            }[];
            dueDiligence: {
                /** @enum {string} */
                dataSensitivity: "none" | "internal" | "confidential" | "personal";
                accessToClientSystems: boolean;
                subcontractsFurther: boolean;
                worksOffshore: boolean;
                securityCertified: boolean;
                /** @enum {string} */
                financialHealth: "strong" | "adequate" | "weak";
            } | null;
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            assessedBy: string | null;
            assessedAt: string | null;
            complete: boolean;
        };
        SupplierContactInput: {
            id: string;
            name: string;
            title: string | null;
            email: string | null;
            phone: string | null;
            /** @enum {string} */
            role: "account" | "delivery" | "billing" | "security" | "other";
            version: number;
        };
        SupplierInput: {
            id: string;
            number: string;
            name: string;
            legalName: string | null;
            country: string | null;
            website: string | null;
            email: string | null;
            phone: string | null;
            categories: string[];
            skills: string[];
            regions: string[];
            languages: string[];
            taxId: string | null;
            bank: {
                name: string | null;
                account: string | null;
                swift: string | null;
            } | null;
            /** @enum {string} */
            status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
            statusReason: string | null;
            transitions: {
                /** @enum {string} */
                status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
                needsReason: boolean;
            }[];
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            mandatoryQualificationExpired: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContractInput: {
            id: string;
            number: string;
            /** @enum {string} */
            partyType: "client" | "supplier";
            counterparty: {
                id: string;
                number: string;
                name: string;
            };
            /** @enum {string} */
            type: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
            parent: {
                id: string;
                number: string;
                title: string;
            } | null;
            opportunityId?: string | null;
            renewsId: string | null;
            title: string;
            owner: {
                id: string;
                name: string;
            } | null;
            currency: string;
            valueMinor: number;
            startDate: string;
            endDate: string | null;
            autoRenew: boolean;
            noticeDays: number;
            paymentTermsDays: number;
            /** @enum {string} */
            billingModel: "fixed_price" | "time_and_materials" | "milestone" | "retainer";
            capMinor: number | null;
            hourBlock: number | null;
            feeSchedule: {
                date: string;
                amountMinor: number;
                label: string;
            }[];
            scope: string;
            calendarId: string | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "signed" | "active" | "expiring" | "renewed" | "terminated" | "expired";
            statusReason?: string | null;
            review?: {
                round: number;
                approvalsRequired: number;
                financeRequired: boolean;
                submittedBy: string | null;
            };
            signedOn: string | null;
            signatories: {
                name: string;
                title: string | null;
                /** @enum {string} */
                side: "us" | "counterparty";
            }[];
            fxRate: string | null;
            fxDate: string | null;
            actions?: ("edit" | "submit" | "withdraw" | "decide" | "sign" | "amend" | "terminate" | "renew")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContractApprovalInput: {
            id: string;
            round: number;
            user: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            decision: "approved" | "rejected";
            comment: string | null;
            finance: boolean;
            amendmentId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        ClauseInput: {
            id: string;
            /** @enum {string} */
            category: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
            titleZh: string;
            titleEn: string;
            textZh: string;
            textEn: string;
            obligationZh: string | null;
            obligationEn: string | null;
            obligationDueDays: number | null;
            active: boolean;
            version: number;
        };
        ContractClauseInput: {
            id: string;
            clauseId: string | null;
            position: number;
            /** @enum {string} */
            language: "zh-CN" | "en-US";
            /** @enum {string} */
            category: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
            title: string;
            text: string;
        };
        ObligationInput: {
            id: string;
            title: string;
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "met" | "missed";
            overdue: boolean;
            statusNote: string | null;
            statusAt: string | null;
            fromClause: string | null;
            version: number;
        };
        DueObligationInput: {
            id: string;
            title: string;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "met" | "missed";
            overdue: boolean;
            contract: {
                id: string;
                number: string;
                title: string;
            };
        };
        ApprovalRuleInput: {
            id: string;
            contractType: ("msa" | "sow" | "nda" | "dpa" | "framework" | "purchase") | null;
            minValueMinor: number;
            approvers: number;
            financeRequired: boolean;
        };
        MarginPreviewInput: {
            day: string;
            baseCurrency: string;
            marginFloorPercent: number;
            rows: {
                role: string;
                /** @enum {string} */
                seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                client: {
                    rateMinor: number;
                    /** @enum {string} */
                    unit: "hour" | "day";
                    currency: string;
                    hourlyBaseMinor: number | null;
                };
                suppliers: {
                    contract: {
                        id: string;
                        number: string;
                        title: string;
                        supplierName: string;
                    };
                    rateMinor: number;
                    /** @enum {string} */
                    unit: "hour" | "day";
                    currency: string;
                    hourlyBaseMinor: number | null;
                    marginPercent: number | null;
                    belowFloor: boolean;
                }[];
            }[];
            missingFx: string[];
        };
        SurveyInput: {
            id: string;
            /** @enum {string} */
            kind: "csat" | "nps";
            contact: {
                id: string;
                name: string;
            };
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            status: "pending" | "answered" | "expired";
            respondedAt: string | null;
            score: number | null;
            comment: string | null;
        };
        PublicSurveyInput: {
            /** @enum {string} */
            kind: "csat" | "nps";
            /** @enum {string} */
            language: "zh-CN" | "en-US";
            from: string;
            client: string;
            /** @enum {string} */
            status: "pending" | "answered" | "expired";
        };
        FeedbackInput: {
            id: string;
            number: string;
            /** @enum {string} */
            kind: "complaint" | "praise";
            severity: ("low" | "medium" | "high" | "critical") | null;
            subject: string;
            description: string;
            contact: {
                id: string;
                name: string;
            } | null;
            owner: {
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            receivedAt: string;
            responseDueAt: string | null;
            respondedAt: string | null;
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "responded" | "resolved";
            resolution: string | null;
            resolvedAt: string | null;
            version: number;
        };
        FeedbackTrendInput: {
            months: {
                month: string;
                csatResponses: number;
                csatAverage: number | null;
                npsResponses: number;
                nps: number | null;
                complaints: number;
                praise: number;
            }[];
        };
        AbsenceInput: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "leave" | "training" | "other";
            startDate: string;
            endDate: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected";
            note: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PersonCredentialInput: {
            id: string;
            /** @enum {string} */
            kind: "certification" | "nda" | "dpa" | "background_check";
            name: string;
            issuer: string | null;
            reference: string | null;
            issuedOn: string | null;
            expiresOn: string | null;
            /** @enum {string} */
            state: "valid" | "expiring" | "expired";
            /** Format: date-time */
            createdAt: string;
        };
        PersonInput: {
            id: string;
            number: string;
            /** @enum {string} */
            kind: "employee" | "supplier_worker";
            name: string;
            email: string | null;
            title: string | null;
            department: string | null;
            grade: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
            manager: {
                id: string;
                name: string;
            } | null;
            location: string | null;
            timeZone: string | null;
            calendarId: string | null;
            languages: {
                code: string;
                /** @enum {string} */
                level: "basic" | "working" | "fluent" | "native";
            }[];
            startDate: string | null;
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "on_leave" | "left";
            supplier: {
                id: string;
                name: string;
            } | null;
            supplierContractId: string | null;
            userId: string | null;
            hoursPerWeek: number;
            partTimePercent: number;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PersonCostRateInput: {
            id: string;
            rateMinor: number;
            currency: string;
            effectiveFrom: string;
        };
        PersonCostOnInput: {
            rateMinor: number | null;
            currency: string | null;
            unit: ("hour" | "day") | null;
            source: ("person" | "supplier_contract") | null;
        };
        SkillInput: {
            id: string;
            category: string;
            nameZh: string;
            nameEn: string;
            synonyms: string[];
            active: boolean;
            version: number;
        };
        PersonSkillInput: {
            skill: {
                id: string;
                category: string;
                nameZh: string;
                nameEn: string;
            };
            proficiency: number;
            years: number | null;
            lastUsed: string | null;
            verified: boolean;
            verifiedBy: string | null;
        };
        SkillsMatrixInput: {
            skills: {
                id: string;
                category: string;
                nameZh: string;
                nameEn: string;
            }[];
            rows: {
                person: {
                    id: string;
                    name: string;
                    department: string | null;
                    supplier: string | null;
                };
                levels: (number | null)[];
            }[];
            truncated: boolean;
        };
        TimesheetSummaryInput: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
        };
        CapUsageInput: {
            /** @enum {string} */
            kind: "amount" | "hours";
            limit: number;
            used: number;
            percentUsed: number;
        };
        TimesheetInboxItemInput: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
            /** @enum {string} */
            stage: "supplier" | "project";
            cap: components["schemas"]["CapUsageInput"] | null;
        };
        TimeEntryInput: {
            id: string;
            /** Format: date */
            day: string;
            task: {
                id: string;
                name: string;
            } | null;
            minutes: number;
            billable: boolean;
            note: string | null;
            role: string | null;
            bill?: {
                rateMinor: number | null;
                unit: ("hour" | "day") | null;
                currency: string | null;
                minor: number;
                fxRate: string | null;
                baseMinor: number;
            } | null;
            cost?: {
                rateMinor: number | null;
                unit: ("hour" | "day") | null;
                currency: string | null;
                minor: number;
                fxRate: string | null;
                baseMinor: number;
            } | null;
            marginBaseMinor?: number | null;
        };
        TimesheetInput: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
            entries: components["schemas"]["TimeEntryInput"][];
            baseCurrency: string;
        };
        TimeWeekInput: {
            person: {
                id: string;
                name: string;
            };
            /** Format: date */
            weekStart: string;
            days: {
                /** Format: date */
                day: string;
                off: ("outside" | "leave" | "holiday" | "weekend") | null;
            }[];
            projects: {
                id: string;
                name: string;
                number: string;
                role: string | null;
                from: string | null;
                to: string | null;
                billable: boolean;
                tasks: {
                    id: string;
                    name: string;
                }[];
            }[];
            sheets: {
                id: string;
                projectId: string;
                /** @enum {string} */
                status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
                rejectionReason: string | null;
                version: number;
            }[];
            rows: {
                projectId: string;
                taskId: string | null;
                billable: boolean;
                hours: number[];
                notes: (string | null)[];
            }[];
        };
        ProjectTimeInput: {
            baseCurrency: string;
            people: {
                person: {
                    id: string;
                    name: string;
                };
                minutes: number;
                billableMinutes: number;
                billBaseMinor: number;
                costBaseMinor: number | null;
                marginBaseMinor: number | null;
            }[];
            totals: {
                minutes: number;
                billableMinutes: number;
                billBaseMinor: number;
                costBaseMinor: number | null;
                marginBaseMinor: number | null;
            };
        };
        ImportPreviewInput: {
            rows: {
                row: number;
                values: {
                    [key: string]: string;
                };
                errors: {
                    [key: string]: string[];
                };
            }[];
            valid: number;
            invalid: number;
        };
        ImportResultInput: {
            created: number;
            skipped: number;
            rows: {
                row: number;
                values: {
                    [key: string]: string;
                };
                errors: {
                    [key: string]: string[];
                };
            }[];
        };
        PortalChangeRequestInput: {
            id: string;
            seq: number;
            title: string;
            description: string;
            reason: string;
            endDate: string | null;
            budgetDeltaMinor: number;
            currency: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "client_review" | "approved" | "rejected";
            clientDecidedAt: string | null;
            clientComment: string | null;
            version: number;
        };
        ChangeRequestInput: {
            id: string;
            seq: number;
            title: string;
            description: string;
            reason: string;
            endDate: string | null;
            budgetDeltaMinor: number;
            currency: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "client_review" | "approved" | "rejected";
            clientDecidedAt: string | null;
            clientComment: string | null;
            version: number;
            submittedBy: {
                id: string;
                name: string;
            } | null;
            submittedAt: string | null;
            reviewedBy: {
                id: string;
                name: string;
            } | null;
            reviewedAt: string | null;
            reviewComment: string | null;
            baselineSeq: number | null;
            endDateBefore: string | null;
            budgetBeforeMinor: number | null;
            amendment: {
                id: string;
                seq: number;
                contractId: string;
            } | null;
        };
        DeliverableInput: {
            id: string;
            name: string;
            acceptanceCriteria: string;
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string;
            milestone: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "planned" | "submitted" | "accepted" | "rejected";
            submissionNote: string | null;
            submittedAt: string | null;
            decidedAt: string | null;
            decisionComment: string | null;
            rejectionCount: number;
            version: number;
        };
        StatusReportInput: {
            id: string;
            periodEnd: string;
            /** @enum {string} */
            scope: "green" | "amber" | "red";
            /** @enum {string} */
            schedule: "green" | "amber" | "red";
            /** @enum {string} */
            cost: "green" | "amber" | "red";
            /** @enum {string} */
            quality: "green" | "amber" | "red";
            summary: string;
            figures: {
                percentComplete: number;
                spi: number | null;
                cpi: number | null;
                milestonesDue: {
                    name: string;
                    dueDate: string;
                }[];
                openIssues: number;
                overdueIssues: number;
                deliverablesWaiting: number;
            };
            /** @enum {string} */
            status: "draft" | "published";
            publishedAt: string | null;
            version: number;
        };
        PortalStatusReportInput: {
            id: string;
            periodEnd: string;
            /** @enum {string} */
            scope: "green" | "amber" | "red";
            /** @enum {string} */
            schedule: "green" | "amber" | "red";
            /** @enum {string} */
            quality: "green" | "amber" | "red";
            summary: string;
            figures: {
                percentComplete: number;
                spi: number | null;
                milestonesDue: {
                    name: string;
                    dueDate: string;
                }[];
                openIssues: number;
                overdueIssues: number;
                deliverablesWaiting: number;
            };
            /** @enum {string} */
            status: "draft" | "published";
            publishedAt: string | null;
            version: number;
        };
        PortalProjectSummaryInput: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            startDate: string;
            endDate: string;
            signedOffAt: string | null;
        };
        PortalProjectInput: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            startDate: string;
            endDate: string;
            signedOffAt: string | null;
            milestones: {
                id: string;
                name: string;
                dueDate: string;
                /** @enum {string} */
                status: "open" | "completed";
                completedOn: string | null;
            }[];
            deliverables: {
                id: string;
                name: string;
                acceptanceCriteria: string;
                dueDate: string;
                milestone: {
                    id: string;
                    name: string;
                } | null;
                /** @enum {string} */
                status: "planned" | "submitted" | "accepted" | "rejected";
                submissionNote: string | null;
                submittedAt: string | null;
                decidedAt: string | null;
                decisionComment: string | null;
                rejectionCount: number;
                version: number;
            }[];
            statusReports: components["schemas"]["PortalStatusReportInput"][];
            changeRequests: components["schemas"]["PortalChangeRequestInput"][];
        };
        LessonInput: {
            id: string;
            project: {
                id: string;
                number: string;
                name: string;
            };
            wentWell: string;
            toChange: string;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
        };
        ProjectInput: {
            id: string;
            number: string;
            name: string;
            manager: {
                id: string;
                name: string;
            } | null;
            client: {
                id: string;
                name: string;
            } | null;
            contract: {
                id: string;
                number: string;
                title: string;
            } | null;
            currency: string;
            billingModel: string | null;
            budgetMinor: number;
            /** @enum {string} */
            evMethod: "percent_complete" | "deliverables";
            startDate: string;
            endDate: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            goals: {
                objective: string;
                target: string;
                /** @default null */
                actual: string | null;
            }[];
            gates: {
                [key: string]: {
                    [key: string]: boolean;
                };
            };
            evaluation: {
                scheduleScore: number | null;
                costScore: number | null;
                qualityScore: number | null;
                note: string | null;
                clientSatisfaction: number | null;
                signedOffAt: string | null;
                signOffComment: string | null;
            };
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        TaskInput: {
            id: string;
            parentId: string | null;
            position: number;
            name: string;
            estimateHours: number;
            startDate: string;
            finishDate: string;
            /** @enum {string} */
            status: "todo" | "in_progress" | "done";
            percentComplete: number;
            assignee: {
                id: string;
                name: string;
            } | null;
            predecessors: {
                taskId: string;
                /** @enum {string} */
                type: "FS" | "SS" | "FF" | "SF";
                lagDays: number;
            }[];
            version: number;
        };
        MilestoneInput: {
            id: string;
            name: string;
            dueDate: string;
            amountMinor: number | null;
            /** @enum {string} */
            status: "open" | "completed";
            completedOn: string | null;
            version: number;
        };
        ProjectBaselineInput: {
            id: string;
            seq: number;
            name: string;
            budgetMinor: number;
            endDate: string;
            taskCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        ProjectIssueInput: {
            id: string;
            title: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "closed";
            resolution: string | null;
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        ProjectDecisionInput: {
            id: string;
            title: string;
            decision: string;
            decidedOn: string;
            decidedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        ProjectBudgetInput: {
            currency: string;
            budgetMinor: number;
            unallocatedMinor: number;
            lines: {
                /** @enum {string} */
                category: "labour" | "subcontract" | "materials" | "expenses";
                plannedMinor: number;
                actualMinor: number | null;
            }[];
            version: number;
        };
        EarnedValueInput: {
            evm: {
                currency: string;
                baselineSeq: number;
                bac: number;
                pv: number;
                ev: number;
                ac: number | null;
                spi: number | null;
                cpi: number | null;
                eac: number | null;
                etc: number | null;
                vac: number | null;
                percentComplete: number;
                percentSpent: number | null;
                alerts: {
                    /** @enum {string} */
                    kind: "spi" | "cpi" | "burn";
                    value: number;
                    threshold: number;
                }[];
                phases: {
                    taskId: string;
                    name: string;
                    bac: number;
                    pv: number;
                    ev: number;
                    ac: number | null;
                    spi: number | null;
                    cpi: number | null;
                }[];
                trend: {
                    day: string;
                    pv: number;
                    ev: number | null;
                    ac: number | null;
                }[];
            } | null;
        };
        SearchResultInput: {
            items: {
                /** @enum {string} */
                type: "client" | "contact" | "supplier" | "contract";
                id: string;
                number: string | null;
                title: string;
                subtitle: string | null;
                clientId: string | null;
            }[];
        };
        StaffingRequestInput: {
            id: string;
            number: string;
            role: string;
            seniority: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
            opportunity: {
                id: string;
                name: string;
            } | null;
            projectId: string | null;
            skills: {
                skillId: string;
                nameEn: string;
                nameZh: string;
                minProficiency: number;
                weight: number;
            }[];
            languages: {
                code: string;
                /** @enum {string} */
                level: "basic" | "working" | "fluent" | "native";
            }[];
            location: string | null;
            utcOffsetMin: number | null;
            utcOffsetMax: number | null;
            hoursPerWeek: number;
            startDate: string;
            endDate: string;
            maxRateMinor: number | null;
            currency: string | null;
            headcount: number;
            filled: number;
            /** @enum {string} */
            status: "open" | "filled" | "cancelled";
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        StaffingCandidateInput: {
            person: {
                id: string;
                number: string;
                name: string;
                /** @enum {string} */
                kind: "employee" | "supplier_worker";
                title: string | null;
                grade: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                supplier: {
                    id: string;
                    name: string;
                } | null;
                timeZone: string | null;
            };
            score: number;
            components: {
                skills: {
                    value: number;
                    weight: number;
                    detail: {
                        skillId: string;
                        proficiency: number | null;
                        minimum: number;
                    }[];
                };
                availability: {
                    value: number;
                    weight: number;
                    minFreeHours: number;
                    averageFreeHours: number;
                };
                fit: {
                    value: number;
                    weight: number;
                    timeZone: number | null;
                    languages: number | null;
                    utcOffset: number | null;
                };
                cost: {
                    value: number;
                    weight: number;
                    rateMinor: number | null;
                    currency: string | null;
                };
            };
        };
        AssignmentInput: {
            id: string;
            person: {
                id: string;
                name: string;
                number: string;
            };
            request: {
                id: string;
                number: string;
            } | null;
            projectId: string | null;
            role: string;
            startDate: string;
            endDate: string;
            hoursPerWeek: number;
            /** @enum {string} */
            status: "proposed" | "confirmed";
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        SavedAssignmentInput: {
            id: string;
            person: {
                id: string;
                name: string;
                number: string;
            };
            request: {
                id: string;
                number: string;
            } | null;
            projectId: string | null;
            role: string;
            startDate: string;
            endDate: string;
            hoursPerWeek: number;
            /** @enum {string} */
            status: "proposed" | "confirmed";
            /** Format: date-time */
            createdAt: string;
            version: number;
            overAllocated: {
                week: string;
                bookedHours: number;
                capacityHours: number;
            }[];
        };
        UtilizationInput: {
            weeks: string[];
            totals: {
                confirmedHours: number;
                proposedHours: number;
                capacityHours: number;
            }[];
            rows: {
                person: {
                    id: string;
                    name: string;
                    department: string | null;
                    supplier: string | null;
                };
                cells: {
                    confirmed: number;
                    proposed: number;
                    capacity: number;
                }[];
            }[];
            nextCursor: string | null;
        };
        RoleInput: {
            id: string;
            key: string;
            name: string;
            builtin: boolean;
            permissions: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AuditEntryInput: {
            id: string;
            seq: number;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            actorType: "user" | "api_token" | "system" | "anonymous";
            actorId: string | null;
            actorLabel: string | null;
            action: string;
            entityType: string | null;
            entityId: string | null;
            changes: {
                [key: string]: {
                    before?: unknown;
                    after?: unknown;
                };
            } | null;
            requestId: string | null;
            ip: string | null;
        };
        NotificationInput: {
            id: string;
            kind: string;
            params: {
                [key: string]: string | number;
            };
            link: string | null;
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        NotificationsInput: {
            items: components["schemas"]["NotificationInput"][];
            unread: number;
        };
        SavedViewInput: {
            id: string;
            list: string;
            name: string;
            filter: {
                [key: string]: string;
            };
            shared: boolean;
            mine: boolean;
            author: string;
            /** Format: date-time */
            createdAt: string;
        };
        MemberInput: {
            id: string;
            userId: string;
            email: string;
            name: string;
            roleId: string;
            roleKey: string;
            roleName: string;
            /** @enum {string} */
            status: "active" | "disabled";
            party: {
                /** @enum {string} */
                type: "client" | "supplier";
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        WorkspaceInput: {
            id: string;
            name: string;
            baseCurrency: string;
            /** @enum {string} */
            locale: "zh-CN" | "en-US";
            timeZone: string;
            /** Format: date-time */
            createdAt: string;
        };
        InvitationInput: {
            id: string;
            email: string;
            roleId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail: string;
            errors?: {
                [key: string]: string[];
            };
            requestId?: string;
        };
        Client: {
            id: string;
            number: string;
            name: string;
            legalName: string | null;
            industry: string | null;
            country: string | null;
            /** @enum {string} */
            tier: "strategic" | "key" | "standard";
            /** @enum {string} */
            status: "prospect" | "active" | "inactive";
            owner: {
                id: string;
                name: string;
            } | null;
            tags: string[];
            taxId: string | null;
            billingEmail: string | null;
            billingAddress: string | null;
            paymentTermsDays: number | null;
            contactCount: number;
            archivedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Contact: {
            id: string;
            clientId: string;
            name: string;
            title: string | null;
            email: string | null;
            phone: string | null;
            language: string | null;
            timeZone: string | null;
            /** @enum {string} */
            relationship: "decision_maker" | "sponsor" | "technical" | "billing" | "other";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Interaction: {
            id: string;
            client: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "meeting" | "call" | "mail" | "visit";
            /** Format: date-time */
            occurredAt: string;
            subject: string;
            notes: string | null;
            contactIds: string[];
            owner: {
                id: string;
                name: string;
            } | null;
            nextStep: string | null;
            nextStepDue: string | null;
            nextStepDone: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Touchpoint: {
            id: string;
            contact: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            channel: "meeting" | "call" | "mail" | "visit";
            cadenceDays: number;
            owner: {
                id: string;
                name: string;
            } | null;
            lastTouch: string | null;
            nextDue: string;
            overdue: boolean;
            version: number;
        };
        Opportunity: {
            id: string;
            number: string;
            client: {
                id: string;
                number: string;
                name: string;
            };
            title: string;
            /** @enum {string} */
            stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
            amountMinor: number;
            currency: string;
            probability: number;
            weightedMinor: number;
            expectedClose: string | null;
            owner: {
                id: string;
                name: string;
            } | null;
            lossReason: string | null;
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Pipeline: {
            stages: {
                /** @enum {string} */
                stage: "lead" | "qualified" | "proposal" | "negotiation" | "won" | "lost";
                count: number;
                totals: {
                    currency: string;
                    amountMinor: number;
                    weightedMinor: number;
                }[];
            }[];
        };
        Requirement: {
            id: string;
            number: string;
            clientId: string;
            title: string;
            description: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** @enum {string} */
            status: "new" | "analysing" | "accepted" | "delivered" | "rejected";
            /** @enum {string} */
            source: "meeting" | "mail" | "rfp" | "workshop" | "ticket" | "other";
            opportunity: {
                id: string;
                number: string;
                title: string;
            } | null;
            contract: {
                id: string;
                number: string;
                title: string;
            } | null;
            owner: {
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Rate: {
            id: string;
            role: string;
            /** @enum {string} */
            seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
            /** @enum {string} */
            unit: "hour" | "day";
            rateMinor: number;
            currency: string;
            effectiveFrom: string;
            inForce: boolean;
            /** Format: date-time */
            createdAt: string;
        };
        RateCard: {
            day: string;
            currency: string;
            items: components["schemas"]["Rate"][];
        };
        RateOnDay: {
            rate: components["schemas"]["Rate"] | null;
            source: ("contract" | "default") | null;
        };
        Sla: {
            id: string;
            /** @enum {string} */
            metric: "first_response_time" | "resolution_time" | "availability" | "on_time_delivery" | "defect_rate" | "csat";
            priority: ("p1" | "p2" | "p3" | "p4") | null;
            target: number;
            /** @enum {string} */
            unit: "minutes" | "percent" | "score";
            lowerIsBetter: boolean;
            /** @enum {string} */
            measurementWindow: "month" | "quarter";
            creditPercent: number;
            creditCapPercent: number;
            sourceSlaId: string | null;
        };
        Amendment: {
            id: string;
            seq: number;
            title: string;
            reason: string;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "signed";
            statusReason: string | null;
            diff: {
                field: string;
                before: unknown;
                after: unknown;
            }[];
            review: {
                round: number;
                approvalsRequired: number;
                financeRequired: boolean;
                submittedBy: string | null;
            };
            signedOn: string | null;
            actions: ("edit" | "submit" | "withdraw" | "decide" | "sign")[];
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        WorkingCalendar: {
            id: string;
            name: string;
            timeZone: string;
            country: string | null;
            week: [
                string,
                string
            ][][];
            weeklyMinutes: number;
            days: {
                id: string;
                day: string;
                /** @enum {string} */
                kind: "holiday" | "workday";
                name: string | null;
            }[];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        BusinessTime: {
            minutes: number;
        };
        BusinessInstant: {
            /** Format: date-time */
            at: string;
        };
        HolidayCountries: {
            [key: string]: string;
        };
        WorkspaceSettings: {
            baseCurrency: string;
            marginFloorPercent: number;
            workerDocuments: ("nda" | "dpa" | "background_check")[];
            spiAlertPercent: number;
            cpiAlertPercent: number;
            baseCurrencyLocked: boolean;
        };
        ExchangeRate: {
            id: string;
            currency: string;
            date: string;
            rate: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RateOn: {
            currency: string;
            baseCurrency: string;
            rate: string | null;
            date: string | null;
        };
        Qualification: {
            id: string;
            /** @enum {string} */
            kind: "iso27001" | "iso9001" | "cmmi" | "licence" | "insurance" | "other";
            name: string;
            number: string | null;
            issuer: string | null;
            validFrom: string | null;
            validTo: string | null;
            mandatory: boolean;
            /** @enum {string} */
            status: "valid" | "expiring" | "expired";
            /** Format: date-time */
            createdAt: string;
        };
        EvaluationTemplate: {
            id: string;
            name: string;
            criteria: {
                key: string;
                name: string;
                weight: number;
                guidance: string | null;
            }[];
            active: boolean;
            version: number;
        };
        SupplierEvaluation: {
            id: string;
            /** @enum {string} */
            kind: "periodic" | "ad_hoc";
            periodStart: string;
            periodEnd: string;
            title: string | null;
            templateName: string;
            /** @enum {string} */
            status: "open" | "final";
            score: number | null;
            grade: ("A" | "B" | "C" | "D") | null;
            finalizedAt: string | null;
            evaluators: number;
            version: number;
        };
        SupplierEvaluationDetail: {
            id: string;
            /** @enum {string} */
            kind: "periodic" | "ad_hoc";
            periodStart: string;
            periodEnd: string;
            title: string | null;
            templateName: string;
            /** @enum {string} */
            status: "open" | "final";
            score: number | null;
            grade: ("A" | "B" | "C" | "D") | null;
            finalizedAt: string | null;
            evaluators: number;
            version: number;
            criteria: {
                key: string;
                name: string;
                weight: number;
                guidance: string | null;
                mean: number | null;
                count: number;
            }[];
            scores: {
                evaluator: string;
                evaluatorId: string;
                criterion: string;
                score: number;
                comment: string | null;
            }[];
        };
        SupplierComparison: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            country: string | null;
            categories: string[];
            latest: {
                grade: ("A" | "B" | "C" | "D") | null;
                score: number | null;
                periodEnd: string;
            } | null;
            averageScore: number | null;
            evaluations: number;
            qualifications: {
                name: string;
                mandatory: boolean;
                /** @enum {string} */
                status: "valid" | "expiring" | "expired";
            }[];
            rates: {
                role: string;
                seniority: string;
                unit: string;
                rateMinor: number;
                currency: string;
            }[];
        };
        Document: {
            /** Format: uuid */
            id: string;
            category: string;
            name: string;
            latestVersion: number;
            /** Format: date-time */
            createdAt: string;
            versions: {
                version: number;
                fileName: string;
                mediaType: string;
                sizeBytes: number;
                sha256: string;
                /** Format: date-time */
                uploadedAt: string;
                uploadedBy: string | null;
            }[];
        };
        OnboardingItem: {
            id: string;
            label: string;
            /** @enum {string} */
            kind: "document" | "questionnaire" | "reference" | "other";
            required: boolean;
        };
        Onboarding: {
            steps: {
                item: components["schemas"]["OnboardingItem"];
                done: boolean;
                note: string | null;
                doneBy: string | null;
                doneAt: string | null;
            }[];
            dueDiligence: {
                /** @enum {string} */
                dataSensitivity: "none" | "internal" | "confidential" | "personal";
                accessToClientSystems: boolean;
                subcontractsFurther: boolean;
                worksOffshore: boolean;
                securityCertified: boolean;
                /** @enum {string} */
                financialHealth: "strong" | "adequate" | "weak";
            } | null;
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            assessedBy: string | null;
            assessedAt: string | null;
            complete: boolean;
        };
        SupplierContact: {
            id: string;
            name: string;
            title: string | null;
            email: string | null;
            phone: string | null;
            /** @enum {string} */
            role: "account" | "delivery" | "billing" | "security" | "other";
            version: number;
        };
        Supplier: {
            id: string;
            number: string;
            name: string;
            legalName: string | null;
            country: string | null;
            website: string | null;
            email: string | null;
            phone: string | null;
            categories: string[];
            skills: string[];
            regions: string[];
            languages: string[];
            taxId: string | null;
            bank: {
                name: string | null;
                account: string | null;
                swift: string | null;
            } | null;
            /** @enum {string} */
            status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
            statusReason: string | null;
            transitions: {
                /** @enum {string} */
                status: "prospect" | "onboarding" | "approved" | "suspended" | "blacklisted";
                needsReason: boolean;
            }[];
            riskTier: ("low" | "medium" | "high" | "critical") | null;
            mandatoryQualificationExpired: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Contract: {
            id: string;
            number: string;
            /** @enum {string} */
            partyType: "client" | "supplier";
            counterparty: {
                id: string;
                number: string;
                name: string;
            };
            /** @enum {string} */
            type: "msa" | "sow" | "nda" | "dpa" | "framework" | "purchase";
            parent: {
                id: string;
                number: string;
                title: string;
            } | null;
            opportunityId?: string | null;
            renewsId: string | null;
            title: string;
            owner: {
                id: string;
                name: string;
            } | null;
            currency: string;
            valueMinor: number;
            startDate: string;
            endDate: string | null;
            autoRenew: boolean;
            noticeDays: number;
            paymentTermsDays: number;
            /** @enum {string} */
            billingModel: "fixed_price" | "time_and_materials" | "milestone" | "retainer";
            capMinor: number | null;
            hourBlock: number | null;
            feeSchedule: {
                date: string;
                amountMinor: number;
                label: string;
            }[];
            scope: string;
            calendarId: string | null;
            /** @enum {string} */
            status: "draft" | "in_review" | "approved" | "signed" | "active" | "expiring" | "renewed" | "terminated" | "expired";
            statusReason?: string | null;
            review?: {
                round: number;
                approvalsRequired: number;
                financeRequired: boolean;
                submittedBy: string | null;
            };
            signedOn: string | null;
            signatories: {
                name: string;
                title: string | null;
                /** @enum {string} */
                side: "us" | "counterparty";
            }[];
            fxRate: string | null;
            fxDate: string | null;
            actions?: ("edit" | "submit" | "withdraw" | "decide" | "sign" | "amend" | "terminate" | "renew")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ContractApproval: {
            id: string;
            round: number;
            user: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            decision: "approved" | "rejected";
            comment: string | null;
            finance: boolean;
            amendmentId: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Clause: {
            id: string;
            /** @enum {string} */
            category: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
            titleZh: string;
            titleEn: string;
            textZh: string;
            textEn: string;
            obligationZh: string | null;
            obligationEn: string | null;
            obligationDueDays: number | null;
            active: boolean;
            version: number;
        };
        ContractClause: {
            id: string;
            clauseId: string | null;
            position: number;
            /** @enum {string} */
            language: "zh-CN" | "en-US";
            /** @enum {string} */
            category: "confidentiality" | "data_protection" | "liability" | "intellectual_property" | "termination" | "payment" | "service_levels" | "other";
            title: string;
            text: string;
        };
        Obligation: {
            id: string;
            title: string;
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "met" | "missed";
            overdue: boolean;
            statusNote: string | null;
            statusAt: string | null;
            fromClause: string | null;
            version: number;
        };
        DueObligation: {
            id: string;
            title: string;
            dueDate: string;
            /** @enum {string} */
            status: "open" | "met" | "missed";
            overdue: boolean;
            contract: {
                id: string;
                number: string;
                title: string;
            };
        };
        ApprovalRule: {
            id: string;
            contractType: ("msa" | "sow" | "nda" | "dpa" | "framework" | "purchase") | null;
            minValueMinor: number;
            approvers: number;
            financeRequired: boolean;
        };
        MarginPreview: {
            day: string;
            baseCurrency: string;
            marginFloorPercent: number;
            rows: {
                role: string;
                /** @enum {string} */
                seniority: "junior" | "intermediate" | "senior" | "lead" | "principal";
                client: {
                    rateMinor: number;
                    /** @enum {string} */
                    unit: "hour" | "day";
                    currency: string;
                    hourlyBaseMinor: number | null;
                };
                suppliers: {
                    contract: {
                        id: string;
                        number: string;
                        title: string;
                        supplierName: string;
                    };
                    rateMinor: number;
                    /** @enum {string} */
                    unit: "hour" | "day";
                    currency: string;
                    hourlyBaseMinor: number | null;
                    marginPercent: number | null;
                    belowFloor: boolean;
                }[];
            }[];
            missingFx: string[];
        };
        Survey: {
            id: string;
            /** @enum {string} */
            kind: "csat" | "nps";
            contact: {
                id: string;
                name: string;
            };
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** @enum {string} */
            status: "pending" | "answered" | "expired";
            respondedAt: string | null;
            score: number | null;
            comment: string | null;
        };
        PublicSurvey: {
            /** @enum {string} */
            kind: "csat" | "nps";
            /** @enum {string} */
            language: "zh-CN" | "en-US";
            from: string;
            client: string;
            /** @enum {string} */
            status: "pending" | "answered" | "expired";
        };
        Feedback: {
            id: string;
            number: string;
            /** @enum {string} */
            kind: "complaint" | "praise";
            severity: ("low" | "medium" | "high" | "critical") | null;
            subject: string;
            description: string;
            contact: {
                id: string;
                name: string;
            } | null;
            owner: {
                id: string;
                name: string;
            } | null;
            /** Format: date-time */
            receivedAt: string;
            responseDueAt: string | null;
            respondedAt: string | null;
            overdue: boolean;
            /** @enum {string} */
            status: "open" | "responded" | "resolved";
            resolution: string | null;
            resolvedAt: string | null;
            version: number;
        };
        FeedbackTrend: {
            months: {
                month: string;
                csatResponses: number;
                csatAverage: number | null;
                npsResponses: number;
                nps: number | null;
                complaints: number;
                praise: number;
            }[];
        };
        Absence: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            /** @enum {string} */
            kind: "leave" | "training" | "other";
            startDate: string;
            endDate: string;
            /** @enum {string} */
            status: "requested" | "approved" | "rejected";
            note: string | null;
            decidedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PersonCredential: {
            id: string;
            /** @enum {string} */
            kind: "certification" | "nda" | "dpa" | "background_check";
            name: string;
            issuer: string | null;
            reference: string | null;
            issuedOn: string | null;
            expiresOn: string | null;
            /** @enum {string} */
            state: "valid" | "expiring" | "expired";
            /** Format: date-time */
            createdAt: string;
        };
        Person: {
            id: string;
            number: string;
            /** @enum {string} */
            kind: "employee" | "supplier_worker";
            name: string;
            email: string | null;
            title: string | null;
            department: string | null;
            grade: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
            manager: {
                id: string;
                name: string;
            } | null;
            location: string | null;
            timeZone: string | null;
            calendarId: string | null;
            languages: {
                code: string;
                /** @enum {string} */
                level: "basic" | "working" | "fluent" | "native";
            }[];
            startDate: string | null;
            endDate: string | null;
            /** @enum {string} */
            status: "active" | "on_leave" | "left";
            supplier: {
                id: string;
                name: string;
            } | null;
            supplierContractId: string | null;
            userId: string | null;
            hoursPerWeek: number;
            partTimePercent: number;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        PersonCostRate: {
            id: string;
            rateMinor: number;
            currency: string;
            effectiveFrom: string;
        };
        PersonCostOn: {
            rateMinor: number | null;
            currency: string | null;
            unit: ("hour" | "day") | null;
            source: ("person" | "supplier_contract") | null;
        };
        Skill: {
            id: string;
            category: string;
            nameZh: string;
            nameEn: string;
            synonyms: string[];
            active: boolean;
            version: number;
        };
        PersonSkill: {
            skill: {
                id: string;
                category: string;
                nameZh: string;
                nameEn: string;
            };
            proficiency: number;
            years: number | null;
            lastUsed: string | null;
            verified: boolean;
            verifiedBy: string | null;
        };
        SkillsMatrix: {
            skills: {
                id: string;
                category: string;
                nameZh: string;
                nameEn: string;
            }[];
            rows: {
                person: {
                    id: string;
                    name: string;
                    department: string | null;
                    supplier: string | null;
                };
                levels: (number | null)[];
            }[];
            truncated: boolean;
        };
        TimesheetSummary: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
        };
        CapUsage: {
            /** @enum {string} */
            kind: "amount" | "hours";
            limit: number;
            used: number;
            percentUsed: number;
        };
        TimesheetInboxItem: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
            /** @enum {string} */
            stage: "supplier" | "project";
            cap: components["schemas"]["CapUsage"] | null;
        };
        TimeEntry: {
            id: string;
            /** Format: date */
            day: string;
            task: {
                id: string;
                name: string;
            } | null;
            minutes: number;
            billable: boolean;
            note: string | null;
            role: string | null;
            bill?: {
                rateMinor: number | null;
                unit: ("hour" | "day") | null;
                currency: string | null;
                minor: number;
                fxRate: string | null;
                baseMinor: number;
            } | null;
            cost?: {
                rateMinor: number | null;
                unit: ("hour" | "day") | null;
                currency: string | null;
                minor: number;
                fxRate: string | null;
                baseMinor: number;
            } | null;
            marginBaseMinor?: number | null;
        };
        Timesheet: {
            id: string;
            person: {
                id: string;
                name: string;
            };
            project: {
                id: string;
                name: string;
                number: string;
            };
            /** Format: date */
            weekStart: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
            needsSupplierApproval: boolean;
            minutes: number;
            billableMinutes: number;
            submittedAt: string | null;
            approvedAt: string | null;
            rejectionReason: string | null;
            version: number;
            entries: components["schemas"]["TimeEntry"][];
            baseCurrency: string;
        };
        TimeWeek: {
            person: {
                id: string;
                name: string;
            };
            /** Format: date */
            weekStart: string;
            days: {
                /** Format: date */
                day: string;
                off: ("outside" | "leave" | "holiday" | "weekend") | null;
            }[];
            projects: {
                id: string;
                name: string;
                number: string;
                role: string | null;
                from: string | null;
                to: string | null;
                billable: boolean;
                tasks: {
                    id: string;
                    name: string;
                }[];
            }[];
            sheets: {
                id: string;
                projectId: string;
                /** @enum {string} */
                status: "draft" | "submitted" | "supplier_approved" | "approved" | "rejected";
                rejectionReason: string | null;
                version: number;
            }[];
            rows: {
                projectId: string;
                taskId: string | null;
                billable: boolean;
                hours: number[];
                notes: (string | null)[];
            }[];
        };
        ProjectTime: {
            baseCurrency: string;
            people: {
                person: {
                    id: string;
                    name: string;
                };
                minutes: number;
                billableMinutes: number;
                billBaseMinor: number;
                costBaseMinor: number | null;
                marginBaseMinor: number | null;
            }[];
            totals: {
                minutes: number;
                billableMinutes: number;
                billBaseMinor: number;
                costBaseMinor: number | null;
                marginBaseMinor: number | null;
            };
        };
        ImportPreview: {
            rows: {
                row: number;
                values: {
                    [key: string]: string;
                };
                errors: {
                    [key: string]: string[];
                };
            }[];
            valid: number;
            invalid: number;
        };
        ImportResult: {
            created: number;
            skipped: number;
            rows: {
                row: number;
                values: {
                    [key: string]: string;
                };
                errors: {
                    [key: string]: string[];
                };
            }[];
        };
        PortalChangeRequest: {
            id: string;
            seq: number;
            title: string;
            description: string;
            reason: string;
            endDate: string | null;
            budgetDeltaMinor: number;
            currency: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "client_review" | "approved" | "rejected";
            clientDecidedAt: string | null;
            clientComment: string | null;
            version: number;
        };
        ChangeRequest: {
            id: string;
            seq: number;
            title: string;
            description: string;
            reason: string;
            endDate: string | null;
            budgetDeltaMinor: number;
            currency: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "client_review" | "approved" | "rejected";
            clientDecidedAt: string | null;
            clientComment: string | null;
            version: number;
            submittedBy: {
                id: string;
                name: string;
            } | null;
            submittedAt: string | null;
            reviewedBy: {
                id: string;
                name: string;
            } | null;
            reviewedAt: string | null;
            reviewComment: string | null;
            baselineSeq: number | null;
            endDateBefore: string | null;
            budgetBeforeMinor: number | null;
            amendment: {
                id: string;
                seq: number;
                contractId: string;
            } | null;
        };
        Deliverable: {
            id: string;
            name: string;
            acceptanceCriteria: string;
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string;
            milestone: {
                id: string;
                name: string;
            } | null;
            /** @enum {string} */
            status: "planned" | "submitted" | "accepted" | "rejected";
            submissionNote: string | null;
            submittedAt: string | null;
            decidedAt: string | null;
            decisionComment: string | null;
            rejectionCount: number;
            version: number;
        };
        StatusReport: {
            id: string;
            periodEnd: string;
            /** @enum {string} */
            scope: "green" | "amber" | "red";
            /** @enum {string} */
            schedule: "green" | "amber" | "red";
            /** @enum {string} */
            cost: "green" | "amber" | "red";
            /** @enum {string} */
            quality: "green" | "amber" | "red";
            summary: string;
            figures: {
                percentComplete: number;
                spi: number | null;
                cpi: number | null;
                milestonesDue: {
                    name: string;
                    dueDate: string;
                }[];
                openIssues: number;
                overdueIssues: number;
                deliverablesWaiting: number;
            };
            /** @enum {string} */
            status: "draft" | "published";
            publishedAt: string | null;
            version: number;
        };
        PortalStatusReport: {
            id: string;
            periodEnd: string;
            /** @enum {string} */
            scope: "green" | "amber" | "red";
            /** @enum {string} */
            schedule: "green" | "amber" | "red";
            /** @enum {string} */
            quality: "green" | "amber" | "red";
            summary: string;
            figures: {
                percentComplete: number;
                spi: number | null;
                milestonesDue: {
                    name: string;
                    dueDate: string;
                }[];
                openIssues: number;
                overdueIssues: number;
                deliverablesWaiting: number;
            };
            /** @enum {string} */
            status: "draft" | "published";
            publishedAt: string | null;
            version: number;
        };
        PortalProjectSummary: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            startDate: string;
            endDate: string;
            signedOffAt: string | null;
        };
        PortalProject: {
            id: string;
            number: string;
            name: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            startDate: string;
            endDate: string;
            signedOffAt: string | null;
            milestones: {
                id: string;
                name: string;
                dueDate: string;
                /** @enum {string} */
                status: "open" | "completed";
                completedOn: string | null;
            }[];
            deliverables: {
                id: string;
                name: string;
                acceptanceCriteria: string;
                dueDate: string;
                milestone: {
                    id: string;
                    name: string;
                } | null;
                /** @enum {string} */
                status: "planned" | "submitted" | "accepted" | "rejected";
                submissionNote: string | null;
                submittedAt: string | null;
                decidedAt: string | null;
                decisionComment: string | null;
                rejectionCount: number;
                version: number;
            }[];
            statusReports: components["schemas"]["PortalStatusReport"][];
            changeRequests: components["schemas"]["PortalChangeRequest"][];
        };
        Lesson: {
            id: string;
            project: {
                id: string;
                number: string;
                name: string;
            };
            wentWell: string;
            toChange: string;
            tags: string[];
            /** Format: date-time */
            createdAt: string;
        };
        Project: {
            id: string;
            number: string;
            name: string;
            manager: {
                id: string;
                name: string;
            } | null;
            client: {
                id: string;
                name: string;
            } | null;
            contract: {
                id: string;
                number: string;
                title: string;
            } | null;
            currency: string;
            billingModel: string | null;
            budgetMinor: number;
            /** @enum {string} */
            evMethod: "percent_complete" | "deliverables";
            startDate: string;
            endDate: string;
            /** @enum {string} */
            phase: "initiation" | "planning" | "execution" | "monitoring" | "closure" | "closed";
            /** @enum {string} */
            health: "green" | "amber" | "red";
            goals: {
                objective: string;
                target: string;
                /** @default null */
                actual: string | null;
            }[];
            gates: {
                [key: string]: {
                    [key: string]: boolean;
                };
            };
            evaluation: {
                scheduleScore: number | null;
                costScore: number | null;
                qualityScore: number | null;
                note: string | null;
                clientSatisfaction: number | null;
                signedOffAt: string | null;
                signOffComment: string | null;
            };
            closedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        Task: {
            id: string;
            parentId: string | null;
            position: number;
            name: string;
            estimateHours: number;
            startDate: string;
            finishDate: string;
            /** @enum {string} */
            status: "todo" | "in_progress" | "done";
            percentComplete: number;
            assignee: {
                id: string;
                name: string;
            } | null;
            predecessors: {
                taskId: string;
                /** @enum {string} */
                type: "FS" | "SS" | "FF" | "SF";
                lagDays: number;
            }[];
            version: number;
        };
        Milestone: {
            id: string;
            name: string;
            dueDate: string;
            amountMinor: number | null;
            /** @enum {string} */
            status: "open" | "completed";
            completedOn: string | null;
            version: number;
        };
        ProjectBaseline: {
            id: string;
            seq: number;
            name: string;
            budgetMinor: number;
            endDate: string;
            taskCount: number;
            /** Format: date-time */
            createdAt: string;
        };
        ProjectIssue: {
            id: string;
            title: string;
            /** @enum {string} */
            severity: "low" | "medium" | "high" | "critical";
            owner: {
                id: string;
                name: string;
            } | null;
            dueDate: string | null;
            /** @enum {string} */
            status: "open" | "in_progress" | "closed";
            resolution: string | null;
            overdue: boolean;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        ProjectDecision: {
            id: string;
            title: string;
            decision: string;
            decidedOn: string;
            decidedBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        ProjectBudget: {
            currency: string;
            budgetMinor: number;
            unallocatedMinor: number;
            lines: {
                /** @enum {string} */
                category: "labour" | "subcontract" | "materials" | "expenses";
                plannedMinor: number;
                actualMinor: number | null;
            }[];
            version: number;
        };
        EarnedValue: {
            evm: {
                currency: string;
                baselineSeq: number;
                bac: number;
                pv: number;
                ev: number;
                ac: number | null;
                spi: number | null;
                cpi: number | null;
                eac: number | null;
                etc: number | null;
                vac: number | null;
                percentComplete: number;
                percentSpent: number | null;
                alerts: {
                    /** @enum {string} */
                    kind: "spi" | "cpi" | "burn";
                    value: number;
                    threshold: number;
                }[];
                phases: {
                    taskId: string;
                    name: string;
                    bac: number;
                    pv: number;
                    ev: number;
                    ac: number | null;
                    spi: number | null;
                    cpi: number | null;
                }[];
                trend: {
                    day: string;
                    pv: number;
                    ev: number | null;
                    ac: number | null;
                }[];
            } | null;
        };
        SearchResult: {
            items: {
                /** @enum {string} */
                type: "client" | "contact" | "supplier" | "contract";
                id: string;
                number: string | null;
                title: string;
                subtitle: string | null;
                clientId: string | null;
            }[];
        };
        StaffingRequest: {
            id: string;
            number: string;
            role: string;
            seniority: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
            opportunity: {
                id: string;
                name: string;
            } | null;
            projectId: string | null;
            skills: {
                skillId: string;
                nameEn: string;
                nameZh: string;
                minProficiency: number;
                weight: number;
            }[];
            languages: {
                code: string;
                /** @enum {string} */
                level: "basic" | "working" | "fluent" | "native";
            }[];
            location: string | null;
            utcOffsetMin: number | null;
            utcOffsetMax: number | null;
            hoursPerWeek: number;
            startDate: string;
            endDate: string;
            maxRateMinor: number | null;
            currency: string | null;
            headcount: number;
            filled: number;
            /** @enum {string} */
            status: "open" | "filled" | "cancelled";
            notes: string | null;
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        StaffingCandidate: {
            person: {
                id: string;
                number: string;
                name: string;
                /** @enum {string} */
                kind: "employee" | "supplier_worker";
                title: string | null;
                grade: ("junior" | "intermediate" | "senior" | "lead" | "principal") | null;
                supplier: {
                    id: string;
                    name: string;
                } | null;
                timeZone: string | null;
            };
            score: number;
            components: {
                skills: {
                    value: number;
                    weight: number;
                    detail: {
                        skillId: string;
                        proficiency: number | null;
                        minimum: number;
                    }[];
                };
                availability: {
                    value: number;
                    weight: number;
                    minFreeHours: number;
                    averageFreeHours: number;
                };
                fit: {
                    value: number;
                    weight: number;
                    timeZone: number | null;
                    languages: number | null;
                    utcOffset: number | null;
                };
                cost: {
                    value: number;
                    weight: number;
                    rateMinor: number | null;
                    currency: string | null;
                };
            };
        };
        Assignment: {
            id: string;
            person: {
                id: string;
                name: string;
                number: string;
            };
            request: {
                id: string;
                number: string;
            } | null;
            projectId: string | null;
            role: string;
            startDate: string;
            endDate: string;
            hoursPerWeek: number;
            /** @enum {string} */
            status: "proposed" | "confirmed";
            /** Format: date-time */
            createdAt: string;
            version: number;
        };
        SavedAssignment: {
            id: string;
            person: {
                id: string;
                name: string;
                number: string;
            };
            request: {
                id: string;
                number: string;
            } | null;
            projectId: string | null;
            role: string;
            startDate: string;
            endDate: string;
            hoursPerWeek: number;
            /** @enum {string} */
            status: "proposed" | "confirmed";
            /** Format: date-time */
            createdAt: string;
            version: number;
            overAllocated: {
                week: string;
                bookedHours: number;
                capacityHours: number;
            }[];
        };
        Utilization: {
            weeks: string[];
            totals: {
                confirmedHours: number;
                proposedHours: number;
                capacityHours: number;
            }[];
            rows: {
                person: {
                    id: string;
                    name: string;
                    department: string | null;
                    supplier: string | null;
                };
                cells: {
                    confirmed: number;
                    proposed: number;
                    capacity: number;
                }[];
            }[];
            nextCursor: string | null;
        };
        Role: {
            id: string;
            key: string;
            name: string;
            builtin: boolean;
            permissions: ("workspace:admin" | "members:read" | "members:write" | "roles:read" | "roles:write" | "audit:read" | "clients:read" | "clients:write" | "opportunities:read" | "opportunities:write" | "suppliers:read" | "suppliers:write" | "suppliers:bank" | "suppliers:profile" | "suppliers:evaluate" | "contracts:read" | "contracts:write" | "contracts:approve" | "contracts:margin" | "finance:approve" | "people:read" | "people:write" | "people:cost" | "staffing:read" | "staffing:write" | "projects:read" | "projects:write" | "deliveries:review" | "time:read" | "time:write" | "time:manage" | "time:approve" | "settings:read" | "settings:write")[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        AuditEntry: {
            id: string;
            seq: number;
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            actorType: "user" | "api_token" | "system" | "anonymous";
            actorId: string | null;
            actorLabel: string | null;
            action: string;
            entityType: string | null;
            entityId: string | null;
            changes: {
                [key: string]: {
                    before?: unknown;
                    after?: unknown;
                };
            } | null;
            requestId: string | null;
            ip: string | null;
        };
        Notification: {
            id: string;
            kind: string;
            params: {
                [key: string]: string | number;
            };
            link: string | null;
            readAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        Notifications: {
            items: components["schemas"]["Notification"][];
            unread: number;
        };
        SavedView: {
            id: string;
            list: string;
            name: string;
            filter: {
                [key: string]: string;
            };
            shared: boolean;
            mine: boolean;
            author: string;
            /** Format: date-time */
            createdAt: string;
        };
        Member: {
            id: string;
            userId: string;
            email: string;
            name: string;
            roleId: string;
            roleKey: string;
            roleName: string;
            /** @enum {string} */
            status: "active" | "disabled";
            party: {
                /** @enum {string} */
                type: "client" | "supplier";
                /** Format: uuid */
                id: string;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        Workspace: {
            id: string;
            name: string;
            baseCurrency: string;
            /** @enum {string} */
            locale: "zh-CN" | "en-US";
            timeZone: string;
            /** Format: date-time */
            createdAt: string;
        };
        Invitation: {
            id: string;
            email: string;
            roleId: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "revoked";
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            createdAt: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
