/**
 * Generated from the server's OpenAPI by openapi-typescript. Do not edit: after changing a
 * route's schema, run `npm run contract`; CI runs `npm run contract:check`.
 */

export interface paths {
  '/api/admin/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff accounts of a unit (or all, for a deployment administrator) */
    get: {
      parameters: {
        query?: {
          unitCode?: string;
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
            'application/json': {
              users: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a staff account with its roles */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
            password?: string;
            phone?: string;
            roles: {
              /** @enum {string} */
              role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
              unitCode: string;
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
            'application/json': {
              initialPassword: string | null;
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
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
  '/api/admin/users/{userId}': {
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
    /** Deactivate or reactivate an account */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            isActive: boolean;
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
            'application/json': {
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
            };
          };
        };
      };
    };
    trace?: never;
  };
  '/api/admin/users/{userId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Replace the roles of an account */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          userId: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: {
              /** @enum {string} */
              role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
              unitCode: string;
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
            'application/json': {
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
            };
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
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in; sets the session cookie */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            email: string;
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
            'application/json': {
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
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
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out; ends the session */
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
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
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
  '/api/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for a password reset link by mail. Always 202: the answer never tells whether the address has an account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
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
  '/api/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a new password with the link's token (once, within an hour); ends the account's other sessions */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            token: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
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
  '/api/auth/register': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register as a service user (penyedia, PPK, Pokja, PP, other) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            email: string;
            name: string;
            organization: string;
            password: string;
            phone: string;
            spseUserId?: string;
            /** @enum {string} */
            userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other';
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
            'application/json': {
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
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
  '/api/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in account with its roles, and what it may do: per unit (intake, handling, coordination, reports, administration, the roles it may grant) and across the deployment */
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
            'application/json': {
              capabilities: {
                deployment: ('console' | 'administerDeployment')[];
                units: {
                  capabilities: (
                    | 'serve'
                    | 'intake'
                    | 'handle'
                    | 'coordinate'
                    | 'readReports'
                    | 'administer'
                    | 'manageCategories'
                    | 'readHeldMail'
                    | 'reportAvailability'
                  )[];
                  grantableRoles: ('helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin')[];
                  unitCode: string;
                }[];
              };
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
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
  '/api/me/availability': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Admin PPE: set availability */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            availability: 'available' | 'unreachable';
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
            'application/json': {
              user: {
                /** @enum {string|null} */
                availability: 'available' | 'unreachable' | null;
                email: string;
                id: string;
                isActive: boolean;
                /** @enum {string} */
                locale: 'id' | 'en';
                name: string;
                organization: string | null;
                phone: string | null;
                roles: {
                  /** @enum {string} */
                  role: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | 'kepala' | 'admin';
                  unitCode: string;
                }[];
                spseUserId: string | null;
                /** @enum {string|null} */
                userType: 'penyedia' | 'ppk' | 'pokja' | 'pp' | 'other' | null;
              };
            };
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
  '/api/me/notification-preferences': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Which staff notices I also receive by mail (all on by default) */
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
            'application/json': {
              mail: {
                /** @description A complaint awaiting the Kepala LPSE */
                complaintAwaitingKepala: boolean;
                /** @description A ticket of mine close to its deadline */
                slaAtRisk: boolean;
                /** @description A ticket of mine past its deadline */
                slaBreached: boolean;
                /** @description A ticket escalated to my tier */
                ticketEscalated: boolean;
                /** @description A new ticket in my tier */
                ticketNew: boolean;
              };
            };
          };
        };
      };
    };
    /** Switch staff notice mails on or off (send only what changes) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            mail: {
              /** @description A complaint awaiting the Kepala LPSE */
              complaintAwaitingKepala?: boolean;
              /** @description A ticket of mine close to its deadline */
              slaAtRisk?: boolean;
              /** @description A ticket of mine past its deadline */
              slaBreached?: boolean;
              /** @description A ticket escalated to my tier */
              ticketEscalated?: boolean;
              /** @description A new ticket in my tier */
              ticketNew?: boolean;
            };
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
            'application/json': {
              mail: {
                /** @description A complaint awaiting the Kepala LPSE */
                complaintAwaitingKepala: boolean;
                /** @description A ticket of mine close to its deadline */
                slaAtRisk: boolean;
                /** @description A ticket of mine past its deadline */
                slaBreached: boolean;
                /** @description A ticket escalated to my tier */
                ticketEscalated: boolean;
                /** @description A new ticket in my tier */
                ticketNew: boolean;
              };
            };
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
  '/api/me/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Change my password (other sessions end) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
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
  '/api/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My in-app notifications, newest first */
    get: {
      parameters: {
        query?: {
          unread?: 'true' | 'false';
          limit?: number;
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
            'application/json': {
              notifications: {
                createdAt: string;
                data: {
                  [key: string]: unknown;
                };
                id: string;
                readAt: string | null;
                ticketCode: string | null;
                type: string;
              }[];
              unreadCount: number;
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
  '/api/notifications/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark notifications read (some, or all) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            all?: boolean;
            ids?: string[];
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
            'application/json': {
              unreadCount: number;
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
  '/api/surveys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Answer the satisfaction survey: about a resolved ticket (its reporter, signed in or with the ticket's PIN, once), or generally for a unit (counter, suggestion box). Anonymous to staff. */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answers: {
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u1?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u2?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u3?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u4?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u5?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u6?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u7?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u8?: number | null;
              /** @description 1 (worst) … 4 (best); absent or null = skipped */
              u9?: number | null;
            };
            comment?: string;
            /** @description The ticket's tracking PIN, when the respondent has no account */
            pin?: string;
            respondent?: {
              /** @description Age in whole years; only its band is kept */
              age?: number;
              /** @enum {string} */
              ageBand?: 'upto-20' | '21-30' | '31-40' | '41-50' | '51-60' | '61-plus';
              /** @enum {string} */
              education?: 'sd' | 'smp' | 'sma' | 'd1-d3' | 'd4-s1' | 's2' | 's3';
              /** @enum {string} */
              occupation?: 'pns' | 'tni' | 'polri' | 'swasta' | 'wirausaha' | 'lainnya';
              /** @enum {string} */
              procurementRole?: 'penyedia' | 'ppk' | 'pp' | 'pokja' | 'pa-kpa' | 'lainnya';
              /** @enum {string} */
              sex?: 'laki-laki' | 'perempuan';
            };
            /** @description The ticket the survey is about (its reporter answers) */
            ticketCode?: string;
            /** @description A general survey of the unit (counter, suggestion box), not tied to a ticket */
            unitCode?: string;
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
            'application/json': {
              /** @enum {boolean} */
              received: true;
              ticketCode: string | null;
              unitCode: string;
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
  '/api/surveys/questionnaire': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The nine SKM elements of PermenPANRB 14/2017 with their questions and four answers, and the respondent profile questions */
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
            'application/json': {
              elements: {
                code: string;
                /** @enum {string} */
                id: 'u1' | 'u2' | 'u3' | 'u4' | 'u5' | 'u6' | 'u7' | 'u8' | 'u9';
                name: {
                  en: string;
                  id: string;
                };
                options: {
                  label: {
                    en: string;
                    id: string;
                  };
                  score: number;
                }[];
                question: {
                  en: string;
                  id: string;
                };
              }[];
              profile: {
                ageBand: {
                  label: {
                    en: string;
                    id: string;
                  };
                  value: string;
                }[];
                education: {
                  label: {
                    en: string;
                    id: string;
                  };
                  value: string;
                }[];
                occupation: {
                  label: {
                    en: string;
                    id: string;
                  };
                  value: string;
                }[];
                procurementRole: {
                  label: {
                    en: string;
                    id: string;
                  };
                  value: string;
                }[];
                sex: {
                  label: {
                    en: string;
                    id: string;
                  };
                  value: string;
                }[];
              };
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
  '/api/surveys/tickets/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether the ticket's reporter may answer its survey now (open, answered, not yet resolved) */
    get: {
      parameters: {
        query?: {
          pin?: string;
        };
        header?: never;
        path: {
          code: string;
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
            'application/json': {
              /** @enum {string} */
              state: 'open' | 'answered' | 'not_resolved';
              ticketCode: string;
              unitCode: string;
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
  '/api/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The queue: tickets the user may see as list rows (no description, contact details or actions), filtered, soonest due first for staff and newest first for reporters, by cursor */
    get: {
      parameters: {
        query?: {
          unitCode?: string;
          status?: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
          tier?: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
          channel?: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
          kind?: 'question' | 'complaint';
          category?: string;
          assignee?: string;
          q?: string;
          unopened?: 'true' | 'false';
          awaitingKepala?: 'true' | 'false';
          sort?: 'due' | 'created';
          open?: 'true' | 'false';
          cursor?: string;
          limit?: number;
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
            'application/json': {
              /** @description Per status and open per tier, on the first page; null on cursor pages and for a text search (q) */
              counts: {
                byStatus: {
                  [key: string]: number;
                };
                openByTier: {
                  [key: string]: number;
                };
              } | null;
              nextCursor: string | null;
              tickets: {
                anonymous: boolean;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                awaitingClaim: boolean;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                difficulty: string | null;
                extensionPendingMinutes: number | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                reporter: {
                  hasAccount: boolean;
                  /** @description An anonymous report the viewer may not identify: name and organization are null */
                  hidden: boolean;
                  name: string | null;
                  organization: string | null;
                };
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    /** Create a ticket on any channel (portal: the signed-in user; phone, walk-in, suggestion box: logged by the helpdesk) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            anonymous?: boolean;
            /** @enum {string} */
            application?: 'SPSE' | 'SIKaP' | 'e-Katalog' | 'Toko Daring' | 'SiRUP' | 'Lainnya';
            /** Format: date */
            boxOpenedOn?: string;
            categoryCode?: string;
            /** @enum {string} */
            channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
            confidential?: boolean;
            description: string;
            earlierTicketCode?: string;
            errorCode?: string;
            /** @enum {string} */
            kind?: 'question' | 'complaint';
            purpose?: string;
            reporter?: {
              address?: string;
              /** Format: email */
              email?: string;
              name?: string;
              organization?: string;
              phone?: string;
            };
            subject?: string;
            tenderCode?: string;
            /** @enum {string} */
            type?: 'permasalahan' | 'usulan' | 'permintaan_layanan';
            unitCode?: string;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ticket, conversation and history */
    get: {
      parameters: {
        query?: {
          pin?: string;
        };
        header?: never;
        path: {
          code: string;
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
            'application/json': {
              attachments: {
                createdAt: string;
                filename: string;
                id: string;
                mediaType: string;
                size: number;
                /** @enum {string} */
                visibility: 'public' | 'internal';
              }[];
              history: {
                actor: {
                  id: string;
                  name: string;
                } | null;
                at: string;
                data: {
                  [key: string]: unknown;
                };
                party: string;
                reason: string | null;
                type: string;
                version: number;
              }[];
              messages: {
                authorName: string | null;
                authorParty: string;
                body: string;
                createdAt: string;
                id: string;
                purpose: string;
                /** @enum {string} */
                visibility: 'public' | 'internal';
              }[];
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/assignment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign to a staff member, or unassign */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            assigneeId: string | null;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Attach files (multipart/form-data, field "files"; at most 5; PDF, images, Office documents, text, ZIP) */
    post: {
      parameters: {
        query?: {
          pin?: string;
          internal?: 'true' | 'false';
        };
        header?: never;
        path: {
          code: string;
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
            'application/json': {
              attachments: {
                createdAt: string;
                filename: string;
                id: string;
                mediaType: string;
                size: number;
                /** @enum {string} */
                visibility: 'public' | 'internal';
              }[];
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download an attachment (always as a download, never rendered as a page) */
    get: {
      parameters: {
        query?: {
          pin?: string;
          inline?: 'true' | 'false';
        };
        header?: never;
        path: {
          code: string;
          attachmentId: string;
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
  '/api/tickets/{code}/claim': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A signed-in user takes over the ticket a helpdesk redirected to the portal */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            token: string;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/closure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff close a resolved ticket the reporter confirmed in person or cannot confirm (anonymous slip), with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The reporter confirms, or says it is not solved (by account, or by code and PIN) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            pin?: string;
            solved: boolean;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/coordination': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The Kepala LPSE records coordination of a complaint */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/difficulty': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set the difficulty level (ringan 1, sedang 3, berat 5 working days by default) with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            difficulty: 'ringan' | 'sedang' | 'berat';
            reason: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/escalations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Escalate one tier up with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** @enum {string} */
            to: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/extension-decision': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The Kepala LPSE approves or refuses the pending extension */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            approve: boolean;
            note: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/extension-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the Kepala LPSE for more working days than the level's target */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            version?: number;
            workingDays: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/info-requests': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask the reporter for more data (pauses the clock) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            question: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/lkpp-reference': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** External mode: record LKPP-RI's own ticket reference */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reference: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/redirect-to-portal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Telephone, Admin PPE unreachable: ask the caller to submit through the portal; answers the link to give them */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version?: number;
          } | null;
        };
      };
      responses: {
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              claimUrl: string;
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/replies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Public reply, internal note, or the reporter's answer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            body: string;
            /** @default false */
            fromReporter?: boolean;
            /** @default false */
            internal?: boolean;
            pin?: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/resolution': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resolve with the answer given */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answer: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/tickets/{code}/returns': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the ticket back down with the answer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            answer: string;
            version?: number;
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
            'application/json': {
              ticket: {
                allowedActions: (
                  | 'reply'
                  | 'note'
                  | 'escalate'
                  | 'return'
                  | 'redirect_to_portal'
                  | 'claim'
                  | 'request_info'
                  | 'reporter_answer'
                  | 'resolve'
                  | 'confirm'
                  | 'reject_resolution'
                  | 'close'
                  | 'auto_close'
                  | 'coordinate'
                  | 'record_lkpp_reference'
                  | 'assign'
                  | 'set_difficulty'
                  | 'attach'
                  | 'request_extension'
                  | 'decide_extension'
                )[];
                anonymous: boolean;
                application: string | null;
                assignee: {
                  id: string;
                  name: string;
                } | null;
                atNationalDesk: boolean;
                awaitingClaim: boolean;
                boxOpenedOn: string | null;
                categoryCode: string | null;
                /** @enum {string} */
                channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                closedAt: string | null;
                code: string;
                confidential: boolean;
                coordination: {
                  kepalaInformedAt: string | null;
                  notedAt: string | null;
                } | null;
                createdAt: string;
                description: string;
                difficulty: string | null;
                earlierTicketCode: string | null;
                errorCode: string | null;
                /** @enum {string|null} */
                escalateTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                extensionPendingMinutes: number | null;
                firstResponseAt: string | null;
                isUnopened: boolean;
                /** @enum {string} */
                kind: 'question' | 'complaint';
                /** @enum {string} */
                lkppMode: 'hosted' | 'external';
                lkppReference: string | null;
                /** @enum {string} */
                originChannel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                purpose: string | null;
                reporter: {
                  address: string | null;
                  email: string | null;
                  hasAccount: boolean;
                  masked: boolean;
                  name: string | null;
                  organization: string | null;
                  phone: string | null;
                };
                resolvedAt: string | null;
                /** @enum {string|null} */
                returnTo: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis' | null;
                sla: {
                  breachedAt: string | null;
                  /** @enum {string} */
                  clock: 'running' | 'paused' | 'stopped';
                  /** @enum {string} */
                  difficulty: 'ringan' | 'sedang' | 'berat';
                  dueAt: string;
                  extensionMinutes: number;
                  firstResponse: {
                    at: string | null;
                    /** @enum {string} */
                    state: 'met' | 'breached' | 'pending' | 'at_risk';
                  };
                  firstResponseDueAt: string;
                  minutesByTier: {
                    [key: string]: number;
                  };
                  /** @enum {string} */
                  state: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
                  targetMinutes: number;
                  usedMinutes: number;
                };
                /** @enum {string} */
                status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
                subject: string;
                tenderCode: string | null;
                /** @enum {string} */
                tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
                trackingPin?: string;
                /** @enum {string} */
                type: 'permasalahan' | 'usulan' | 'permintaan_layanan';
                unitCode: string;
                updatedAt: string;
                version: number;
              };
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
  '/api/track/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Follow a ticket by its code and PIN (public) */
    get: {
      parameters: {
        query: {
          pin: string;
        };
        header?: never;
        path: {
          code: string;
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
            'application/json': {
              allowedActions: (
                | 'reply'
                | 'note'
                | 'escalate'
                | 'return'
                | 'redirect_to_portal'
                | 'claim'
                | 'request_info'
                | 'reporter_answer'
                | 'resolve'
                | 'confirm'
                | 'reject_resolution'
                | 'close'
                | 'auto_close'
                | 'coordinate'
                | 'record_lkpp_reference'
                | 'assign'
                | 'set_difficulty'
                | 'attach'
                | 'request_extension'
                | 'decide_extension'
              )[];
              /** @enum {string} */
              channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
              closedAt: string | null;
              code: string;
              createdAt: string;
              dueAt: string;
              /** @enum {string} */
              kind: 'question' | 'complaint';
              replies: {
                body: string;
                createdAt: string;
                /** @enum {string} */
                from: 'staff' | 'reporter';
                purpose: string;
              }[];
              resolvedAt: string | null;
              /** @enum {string} */
              slaState: 'on_track' | 'at_risk' | 'breached' | 'paused' | 'met';
              /** @enum {string} */
              status: 'new' | 'in_progress' | 'waiting_reporter' | 'resolved' | 'closed';
              subject: string;
              survey: {
                answered: boolean;
                url: string;
              } | null;
              /** @enum {string} */
              tier: 'helpdesk' | 'admin_ppe' | 'lkpp' | 'lkpp_teknis';
              unitCode: string;
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
  '/api/units': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List units (LPSE units and LKPP-RI) */
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
            'application/json': {
              units: {
                address: string;
                code: string;
                email: string;
                /** @enum {string} */
                kind: 'lpse' | 'national';
                name: string;
                organization: string;
                parentCode: string | null;
                phone: string;
                timezone: string;
                website: string;
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
  '/api/units/{unitCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One unit */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              address: string;
              code: string;
              email: string;
              /** @enum {string} */
              kind: 'lpse' | 'national';
              name: string;
              organization: string;
              parentCode: string | null;
              phone: string;
              timezone: string;
              website: string;
            };
          };
        };
      };
    };
    /** Create or update a unit from its file (national administrator) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            calendar?: {
              overrides?: {
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                from: string;
                hours:
                  | 'closed'
                  | {
                      1: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      2: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      3: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      4: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      5: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      6: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      7: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                    };
                reason: string;
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                to: string;
              }[];
              week?: {
                1: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                2: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                3: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                4: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                5: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                6: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                7: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
              };
            };
            /** @default [] */
            categories?: {
              code: string;
              name: string;
              nameEn: string;
            }[];
            code: string;
            email: string;
            /** @enum {string} */
            kind: 'lpse' | 'national';
            letterheadPhone?: string;
            /** @enum {string} */
            lkppMode?: 'hosted' | 'external';
            mailbox?: {
              /** Format: email */
              address?: string;
              /**
               * @default complaint
               * @enum {string}
               */
              defaultKind?: 'complaint' | 'question';
              /** @default true */
              enabled?: boolean;
              /** @default INBOX */
              folder?: string;
              host: string;
              /** Format: date */
              importSince?: string;
              passwordEnv: string;
              /** @default 993 */
              port?: number;
              /** @default true */
              secure?: boolean;
              /** @default 10 */
              senderLimitPerHour?: number;
              user: string;
            };
            name: string;
            office?: string;
            organization: string;
            parentCode?: string;
            phone: string;
            sla?: {
              atRiskShare?: number;
              autoCloseWorkingDays?: number;
              firstResponseMinutes?: number;
              targets?: {
                berat?: number;
                ringan?: number;
                sedang?: number;
              };
              workingDayMinutes?: number;
            };
            standard?: {
              en: {
                complaintHandling: {
                  channels: {
                    /** @enum {string} */
                    channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                    contact?: string;
                    label: string;
                  }[];
                  handling: string;
                  submissionTitle: string;
                };
                completionTime: {
                  note: string;
                  value: string;
                };
                decreeNumber: string;
                fee: string;
                procedure: {
                  channels: {
                    /** @enum {string} */
                    channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                    steps: string[];
                    title: string;
                  }[];
                  escalation: string;
                  intro: string;
                };
                products: string[];
                requirements: string[];
                title: string;
              };
              id: {
                complaintHandling: {
                  channels: {
                    /** @enum {string} */
                    channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                    contact?: string;
                    label: string;
                  }[];
                  handling: string;
                  submissionTitle: string;
                };
                completionTime: {
                  note: string;
                  value: string;
                };
                decreeNumber: string;
                fee: string;
                procedure: {
                  channels: {
                    /** @enum {string} */
                    channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                    steps: string[];
                    title: string;
                  }[];
                  escalation: string;
                  intro: string;
                };
                products: string[];
                requirements: string[];
                title: string;
              };
            };
            ticketPrefix: string;
            timezone: string;
            website: string;
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
            'application/json': {
              address: string;
              code: string;
              email: string;
              /** @enum {string} */
              kind: 'lpse' | 'national';
              name: string;
              organization: string;
              parentCode: string | null;
              phone: string;
              timezone: string;
              website: string;
            };
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
  '/api/units/{unitCode}/admin-ppe': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit's Admin PPE and whether each can be reached (for the helpdesk) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              adminPpe: {
                /** @enum {string} */
                availability: 'available' | 'unreachable';
                id: string;
                name: string;
              }[];
              anyAvailable: boolean;
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
  '/api/units/{unitCode}/calendar': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's office hours, overrides (Ramadan, closures) and time zone */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              overrides: {
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                from: string;
                hours:
                  | 'closed'
                  | {
                      1: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      2: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      3: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      4: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      5: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      6: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      7: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                    };
                reason: string;
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                to: string;
              }[];
              timeZone: string;
              updatedAt: string;
              week: {
                1: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                2: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                3: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                4: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                5: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                6: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                7: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
              };
            };
          };
        };
      };
    };
    /** Replace a unit's office hours and overrides (unit administrator) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default [] */
            overrides?: {
              /**
               * @description Local date YYYY-MM-DD
               * @example 2026-02-18
               */
              from: string;
              hours:
                | 'closed'
                | {
                    1: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    2: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    3: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    4: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    5: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    6: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                    7: {
                      breaks: {
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        end: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        start: string;
                      }[];
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      close: string;
                      /**
                       * @description Local time HH:MM (00:00–24:00)
                       * @example 07:30
                       */
                      open: string;
                    } | null;
                  };
              reason: string;
              /**
               * @description Local date YYYY-MM-DD
               * @example 2026-02-18
               */
              to: string;
            }[];
            week: {
              1: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              2: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              3: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              4: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              5: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              6: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
              7: {
                breaks: {
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  end: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  start: string;
                }[];
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                close: string;
                /**
                 * @description Local time HH:MM (00:00–24:00)
                 * @example 07:30
                 */
                open: string;
              } | null;
            };
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
            'application/json': {
              overrides: {
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                from: string;
                hours:
                  | 'closed'
                  | {
                      1: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      2: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      3: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      4: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      5: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      6: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                      7: {
                        breaks: {
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          end: string;
                          /**
                           * @description Local time HH:MM (00:00–24:00)
                           * @example 07:30
                           */
                          start: string;
                        }[];
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        close: string;
                        /**
                         * @description Local time HH:MM (00:00–24:00)
                         * @example 07:30
                         */
                        open: string;
                      } | null;
                    };
                reason: string;
                /**
                 * @description Local date YYYY-MM-DD
                 * @example 2026-02-18
                 */
                to: string;
              }[];
              timeZone: string;
              updatedAt: string;
              week: {
                1: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                2: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                3: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                4: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                5: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                6: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
                7: {
                  breaks: {
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    end: string;
                    /**
                     * @description Local time HH:MM (00:00–24:00)
                     * @example 07:30
                     */
                    start: string;
                  }[];
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  close: string;
                  /**
                   * @description Local time HH:MM (00:00–24:00)
                   * @example 07:30
                   */
                  open: string;
                } | null;
              };
            };
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
  '/api/units/{unitCode}/calendar/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The instant N working minutes after `from`; a start outside office hours starts at the next opening */
    get: {
      parameters: {
        query: {
          /** @description ISO 8601 date-time with seconds and an offset or Z (write + as %2B in a URL) */
          from: string;
          /** @description Working minutes to add, 0–1000000 */
          minutes: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              /** @example 2026-03-16T14:30:00+07:00 */
              dueAt: string;
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
  '/api/units/{unitCode}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ticket categories of a unit */
    get: {
      parameters: {
        query?: {
          all?: 'true' | 'false';
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              categories: {
                code: string;
                isActive: boolean;
                name: string;
                nameEn: string;
                sortOrder: number;
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
  '/api/units/{unitCode}/categories/{categoryCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add or edit a category (helpdesk or administrator of the unit) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          categoryCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            isActive?: boolean;
            name: string;
            nameEn: string;
            sortOrder?: number;
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
            'application/json': {
              code: string;
              isActive: boolean;
              name: string;
              nameEn: string;
              sortOrder: number;
            };
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
  '/api/units/{unitCode}/holidays': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A unit's holidays and cuti bersama of one year */
    get: {
      parameters: {
        query: {
          /** @description Year, 2000–2100 */
          year: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              holidays: {
                confirmed: boolean;
                date: string;
                name: string;
                source: string;
                /** @enum {string} */
                type: 'national_holiday' | 'cuti_bersama' | 'local';
              }[];
              year: number;
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
  '/api/units/{unitCode}/holidays/prefill': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Pre-fill a year from the date-holidays package: unconfirmed national holidays, no cuti bersama, existing dates kept */
    post: {
      parameters: {
        query: {
          /** @description Year, 2000–2100 */
          year: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              added: {
                confirmed: boolean;
                date: string;
                name: string;
                source: string;
                /** @enum {string} */
                type: 'national_holiday' | 'cuti_bersama' | 'local';
              }[];
              kept: string[];
              year: number;
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
  '/api/units/{unitCode}/holidays/{date}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Add or replace the holiday of a date (unit administrator) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          date: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @default true */
            confirmed?: boolean;
            name: string;
            /** @description Where the date comes from, e.g. "SKB 3 Menteri 2027" or a Wali Kota decree */
            source: string;
            /** @enum {string} */
            type: 'national_holiday' | 'cuti_bersama' | 'local';
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
            'application/json': {
              holiday: {
                confirmed: boolean;
                date: string;
                name: string;
                source: string;
                /** @enum {string} */
                type: 'national_holiday' | 'cuti_bersama' | 'local';
              };
            };
          };
        };
      };
    };
    post?: never;
    /** Remove the holiday of a date (unit administrator) */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          date: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{unitCode}/holidays/{date}/confirmation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a holiday confirmed against the decree (unit administrator) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          date: string;
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
            'application/json': {
              holiday: {
                confirmed: boolean;
                date: string;
                name: string;
                source: string;
                /** @enum {string} */
                type: 'national_holiday' | 'cuti_bersama' | 'local';
              };
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
  '/api/units/{unitCode}/mail/held': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Mail kept for staff instead of becoming a ticket (unreadable, flooding sender, too large, failing import) */
    get: {
      parameters: {
        query?: {
          all?: 'true' | 'false';
          limit?: number;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              held: {
                createdAt: string;
                detail: string | null;
                from: string | null;
                hasRaw: boolean;
                id: string;
                /** @enum {string} */
                reason: 'unreadable' | 'rate_limited' | 'too_large' | 'import_failed';
                releasedAt: string | null;
                size: number;
                subject: string | null;
                ticketCode: string | null;
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
  '/api/units/{unitCode}/mail/held/{heldId}/dismissal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark a held mail as dealt with */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          heldId: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
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
  '/api/units/{unitCode}/mail/held/{heldId}/raw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The held mail as received (.eml), always as a download */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          heldId: string;
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
  '/api/units/{unitCode}/mail/held/{heldId}/release': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Import a held mail now, without the sender limit (flooding sender, failing import) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
          heldId: string;
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
            'application/json': {
              outcome: string;
              ticketCode: string | null;
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
  '/api/units/{unitCode}/mailbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit's complaint mailbox (IMAP) and how its import goes (unit or deployment administrator) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              address: string | null;
              import: {
                folder: string;
                lastError: string | null;
                lastRunAt: string | null;
                lastUid: number;
                uidValidity: string | null;
              } | null;
              mailbox: {
                /** Format: email */
                address?: string;
                /**
                 * @default complaint
                 * @enum {string}
                 */
                defaultKind: 'complaint' | 'question';
                /** @default true */
                enabled: boolean;
                /** @default INBOX */
                folder: string;
                host: string;
                /** Format: date */
                importSince?: string;
                passwordEnv: string;
                /** @default 993 */
                port: number;
                /** @default true */
                secure: boolean;
                /** @default 10 */
                senderLimitPerHour: number;
                user: string;
              } | null;
              passwordEnvPrefix: string;
              passwordSet: boolean;
              /** @enum {string|null} */
              source: 'file' | 'api' | null;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    /** Set the mailbox read over IMAP; the password stays in the environment variable named by passwordEnv */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: email */
            address?: string;
            /**
             * @default complaint
             * @enum {string}
             */
            defaultKind?: 'complaint' | 'question';
            /** @default true */
            enabled?: boolean;
            /** @default INBOX */
            folder?: string;
            host: string;
            /** Format: date */
            importSince?: string;
            passwordEnv: string;
            /** @default 993 */
            port?: number;
            /** @default true */
            secure?: boolean;
            /** @default 10 */
            senderLimitPerHour?: number;
            user: string;
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
            'application/json': {
              address: string | null;
              import: {
                folder: string;
                lastError: string | null;
                lastRunAt: string | null;
                lastUid: number;
                uidValidity: string | null;
              } | null;
              mailbox: {
                /** Format: email */
                address?: string;
                /**
                 * @default complaint
                 * @enum {string}
                 */
                defaultKind: 'complaint' | 'question';
                /** @default true */
                enabled: boolean;
                /** @default INBOX */
                folder: string;
                host: string;
                /** Format: date */
                importSince?: string;
                passwordEnv: string;
                /** @default 993 */
                port: number;
                /** @default true */
                secure: boolean;
                /** @default 10 */
                senderLimitPerHour: number;
                user: string;
              } | null;
              passwordEnvPrefix: string;
              passwordSet: boolean;
              /** @enum {string|null} */
              source: 'file' | 'api' | null;
              updatedAt: string | null;
            };
          };
        };
      };
    };
    post?: never;
    /** Stop reading the unit's mailbox */
    delete: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': null;
          };
        };
      };
    };
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/units/{unitCode}/reports/monthly': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The monthly report as Excel (a sheet per table), PDF (letterhead, tables, charts) or CSV (the tickets received in the month) */
    get: {
      parameters: {
        query: {
          /** @description The month, YYYY-MM, in the unit's local days */
          month: string;
          format: 'xlsx' | 'pdf' | 'csv';
        };
        header?: never;
        path: {
          unitCode: string;
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
  '/api/units/{unitCode}/reports/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Figures of a period of local days: volumes, working-hour durations, targets met, escalations, complaints, SKM (Kepala LPSE and administrators) */
    get: {
      parameters: {
        query: {
          /** @description First local day, YYYY-MM-DD */
          from: string;
          /** @description Last local day, YYYY-MM-DD (included) */
          to: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              complaints: {
                awaitingCoordination: number;
                coordinated: number;
                coordinationMedianHours: number | null;
                coordinationP90Hours: number | null;
                kepalaInformed: number;
                received: number;
              };
              completion: {
                count: number;
                medianHours: number | null;
                p90Hours: number | null;
                withinTarget: {
                  all: {
                    completed: number;
                    sharePercent: number | null;
                    withinTarget: number;
                  };
                  berat: {
                    completed: number;
                    sharePercent: number | null;
                    withinTarget: number;
                  };
                  ringan: {
                    completed: number;
                    sharePercent: number | null;
                    withinTarget: number;
                  };
                  sedang: {
                    completed: number;
                    sharePercent: number | null;
                    withinTarget: number;
                  };
                };
              };
              escalations: {
                admin_ppe: {
                  answered: number;
                  count: number;
                  medianHours: number | null;
                  p90Hours: number | null;
                };
                lkpp: {
                  answered: number;
                  count: number;
                  medianHours: number | null;
                  p90Hours: number | null;
                };
                lkpp_teknis: {
                  answered: number;
                  count: number;
                  medianHours: number | null;
                  p90Hours: number | null;
                };
              };
              firstResponse: {
                count: number;
                medianHours: number | null;
                p90Hours: number | null;
              };
              period: {
                from: string;
                to: string;
              };
              received: {
                byCategory: {
                  code: string | null;
                  count: number;
                  name: string | null;
                  nameEn: string | null;
                }[];
                byChannel: {
                  email: number;
                  phone: number;
                  portal: number;
                  suggestion_box: number;
                  walk_in: number;
                };
                byKind: {
                  complaint: number;
                  question: number;
                };
                byStatus: {
                  closed: number;
                  in_progress: number;
                  new: number;
                  resolved: number;
                  waiting_reporter: number;
                };
                byTierReached: {
                  admin_ppe: number;
                  helpdesk: number;
                  lkpp: number;
                  lkpp_teknis: number;
                };
                total: number;
              };
              skm: {
                /** @enum {string|null} */
                grade: 'A' | 'B' | 'C' | 'D' | null;
                /** @description Σ NRR × 1/9, 1.00–4.00, half up to 2 decimals; null when an element has no answer */
                ikm: number | null;
                /** @description IKM × 25 from the exact index, half up to 2 decimals */
                ikmConverted: number | null;
                /** @enum {string|null} */
                label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
                nrr: {
                  u1: number | null;
                  u2: number | null;
                  u3: number | null;
                  u4: number | null;
                  u5: number | null;
                  u6: number | null;
                  u7: number | null;
                  u8: number | null;
                  u9: number | null;
                };
                respondents: number;
              };
              unitCode: string;
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
  '/api/units/{unitCode}/reports/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The twelve months ending with a month: received, completed, escalated, complaints, SKM */
    get: {
      parameters: {
        query?: {
          /** @description The last month of the twelve, YYYY-MM (default: this month in the unit) */
          month?: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              months: {
                complaints: number;
                completed: number;
                escalated: number;
                /** @enum {string|null} */
                grade: 'A' | 'B' | 'C' | 'D' | null;
                ikmConverted: number | null;
                month: string;
                received: number;
                skmRespondents: number;
              }[];
              unitCode: string;
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
  '/api/units/{unitCode}/skm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The unit's satisfaction index for responses received in a period of local days (Kepala LPSE and administrators) */
    get: {
      parameters: {
        query: {
          /** @description First local day, YYYY-MM-DD */
          from: string;
          /** @description Last local day, YYYY-MM-DD (included) */
          to: string;
        };
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              /** @enum {string|null} */
              grade: 'A' | 'B' | 'C' | 'D' | null;
              /** @description Σ NRR × 1/9, 1.00–4.00, half up to 2 decimals; null when an element has no answer */
              ikm: number | null;
              /** @description IKM × 25 from the exact index, half up to 2 decimals */
              ikmConverted: number | null;
              /** @enum {string|null} */
              label: 'Sangat Baik' | 'Baik' | 'Kurang Baik' | 'Tidak Baik' | null;
              nrr: {
                u1: number | null;
                u2: number | null;
                u3: number | null;
                u4: number | null;
                u5: number | null;
                u6: number | null;
                u7: number | null;
                u8: number | null;
                u9: number | null;
              };
              respondents: number;
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
  '/api/units/{unitCode}/skm/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The SKM report of a period in the published layout (NRR per element, weighted values, IKM, converted value, grade, respondent profile), as PDF or Excel */
    get: {
      parameters: {
        query: {
          from: string;
          to: string;
          format: 'pdf' | 'xlsx';
        };
        header?: never;
        path: {
          unitCode: string;
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
  '/api/units/{unitCode}/standard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The published service standard of a unit (Bahasa Indonesia and English) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          unitCode: string;
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
            'application/json': {
              standard: {
                en: {
                  complaintHandling: {
                    channels: {
                      /** @enum {string} */
                      channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                      contact?: string;
                      label: string;
                    }[];
                    handling: string;
                    submissionTitle: string;
                  };
                  completionTime: {
                    note: string;
                    value: string;
                  };
                  decreeNumber: string;
                  fee: string;
                  procedure: {
                    channels: {
                      /** @enum {string} */
                      channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                      steps: string[];
                      title: string;
                    }[];
                    escalation: string;
                    intro: string;
                  };
                  products: string[];
                  requirements: string[];
                  title: string;
                };
                id: {
                  complaintHandling: {
                    channels: {
                      /** @enum {string} */
                      channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                      contact?: string;
                      label: string;
                    }[];
                    handling: string;
                    submissionTitle: string;
                  };
                  completionTime: {
                    note: string;
                    value: string;
                  };
                  decreeNumber: string;
                  fee: string;
                  procedure: {
                    channels: {
                      /** @enum {string} */
                      channel: 'portal' | 'phone' | 'walk_in' | 'email' | 'suggestion_box';
                      steps: string[];
                      title: string;
                    }[];
                    escalation: string;
                    intro: string;
                  };
                  products: string[];
                  requirements: string[];
                  title: string;
                };
              };
              unit: {
                address: string;
                code: string;
                email: string;
                /** @enum {string} */
                kind: 'lpse' | 'national';
                name: string;
                organization: string;
                parentCode: string | null;
                phone: string;
                timezone: string;
                website: string;
              };
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
  '/healthz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The process is up */
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
            'application/json': {
              /** @enum {string} */
              status: 'ok';
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
  '/readyz': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The database answers */
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
            'application/json': {
              database: string;
              /** @enum {string} */
              status: 'ready';
            };
          };
        };
        /** @description Default Response */
        503: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              database: string;
              /** @enum {string} */
              status: 'unavailable';
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
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: never;
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
